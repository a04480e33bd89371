import { z } from 'zod';
import {
  checkReferral,
  fold,
  PartySchema,
  PathwayEventSchema,
  REFERRAL_CONTENT_SCHEMAS,
  REFERRAL_KINDS,
  ReferralKindSchema,
} from '../../index.ts';
import { type CliCommand, NowSchema, parseCommandArgs, parseInput, printJson, readJsonInput } from '../io.ts';
import { SCHEMA_DOCS } from '../json-schema.ts';
import { CliViewerSchema } from './viewer.ts';

/**
 * What `referral-check` parses. `content` is left to `checkReferral`, so a missing part of a
 * hospital referral is reported as HOSP-CONTENT (not INPUT-INVALID) with its field.
 */
const ReferralCheckInputSchema = z.strictObject({
  from: CliViewerSchema,
  kind: ReferralKindSchema,
  to: PartySchema,
  content: z.unknown(),
  /** The pathway so far: consents, earlier referrals (HOSP-REREFERRAL). */
  events: z.array(PathwayEventSchema).default([]),
  /** As the referralSent command: the citizen consents to the recipient with this referral. */
  recordConsent: z.enum(['treatment', 'employment']).optional(),
  now: NowSchema,
});

/** The documented input: one branch per kind, with the content that kind requires. */
export const referralCheckInputSchema = z.discriminatedUnion(
  'kind',
  REFERRAL_KINDS.map((kind) =>
    ReferralCheckInputSchema.extend({
      kind: z.literal(kind),
      content: REFERRAL_CONTENT_SCHEMAS[kind],
    }).register(SCHEMA_DOCS, { title: kind }),
  ) as unknown as [typeof ReferralCheckInputSchema, ...(typeof ReferralCheckInputSchema)[]],
);

export const referralCheckCommand: CliCommand = {
  name: 'referral-check',
  summary: 'Everything the program says about one referral before it is sent (chapter 8)',
  help: `Usage: pnpm cli referral-check [FILE]

Input (FILE, or stdin when absent or "-"; pnpm cli schema referral-check):
  { "from": { "actor", "organisationId", "userId"? }, "kind", "to": { "actor", "organisationId" },
    "content", "events"?: PathwayEvent[], "recordConsent"?: "treatment"|"employment", "now" }
"now" is an ISO timestamp with offset or a date. Without "events" or "recordConsent" there is no
consent, so CONSENT (JOB-CONSENT for the jobcentre) is among the violations.
Output: { allowed, violations, warnings } from checkReferral(fold(events), from, draft, now):
REFERRAL-ROUTE (with the program's legitimate routes), CONSENT, the kind's content rule
(HOSP-CONTENT, P119-CONTENT, R140-PLAN-CONTENT, ...) and its own rules. A refusal is an answer:
the exit code is 0 whenever the check ran.`,
  async run(argv, context) {
    const { positionals } = parseCommandArgs(argv, {});
    const input = parseInput(ReferralCheckInputSchema, await readJsonInput(positionals[0], context));
    const check = checkReferral(
      fold(input.events),
      input.from,
      { kind: input.kind, to: input.to, content: input.content },
      input.now,
      input.recordConsent !== undefined,
    );
    return printJson({ allowed: check.violations.length === 0, ...check });
  },
};

import type { Command } from '../pathway/events.schema.ts';
import type { Viewer } from '../program/actors.ts';
import type { RuleCode } from '../program/rules.ts';
import { consentTo, party, Scenario, VIEWERS } from '../testing/scenario.ts';

/**
 * Every rule on the command line (issue 10): one worked example per rule code, each an input
 * file in examples/rules/ and a `pnpm cli` line that shows the rule. cli.reach.test.ts writes the
 * files (UPDATE_EXAMPLES=1), runs every line, checks that each rule appears where it says (a
 * HARD rule as a violation), and that together they reach every code in RULES.
 */
export interface ReachCase {
  /** examples/rules/<name>.json */
  name: string;
  /** The CLI arguments before the file. */
  argv: string[];
  input: unknown;
  /** Rules the output must name. */
  shows: RuleCode[];
  /** Rules that must be among the output's violations (refused). */
  blocks?: RuleCode[];
  /** One line for the README's table. */
  note: string;
}

export const T0 = '2026-09-01T09:00:00+02:00';
/** Sofie Skabelonsen's birth date (testing/citizens.ts): the examples show fictitious citizens only. */
export const FICTITIOUS_BIRTH_DATE = '1994-07-08';
export const fictitious = <T>(events: T): T =>
  JSON.parse(JSON.stringify(events).replaceAll('"1980-05-14"', `"${FICTITIOUS_BIRTH_DATE}"`));
export const at = (day: string) => `${day}T10:00:00+02:00`;
export const nerveRoot = { specificFindings: { nerveRoot: true, stenosis: false, other: [] } };

export const decideCase = (
  name: string,
  s: Scenario,
  viewer: Viewer,
  command: Command,
  shows: RuleCode[],
  note: string,
  options: {
    blocks?: RuleCode[];
    now?: string;
    directory?: Record<string, { actor?: string; municipality?: string }>;
    register?: { citizenId: string; listedWith: string | null };
  } = {},
): ReachCase => ({
  name,
  argv: ['decide', '--now', options.now ?? at('2026-09-02')],
  input: {
    events: fictitious(s.events),
    command: fictitious(command),
    viewer: { actor: viewer.actor, organisationId: viewer.organisationId },
    ...(options.directory ? { directory: options.directory } : {}),
    ...(options.register ? { register: options.register } : {}),
  },
  shows,
  ...(options.blocks ? { blocks: options.blocks } : {}),
  note,
});

export const adviseCase = (
  name: string,
  s: Scenario,
  now: string,
  shows: RuleCode[],
  note: string,
): ReachCase => ({
  name,
  argv: ['advise', '--now', now],
  input: { events: fictitious(s.events) },
  shows,
  note,
});

export const referralSent = (
  kind: string,
  to: Viewer | { actor: string; organisationId: string },
  content: unknown,
  extra: Record<string, unknown> = {},
): Command =>
  ({
    type: 'referralSent',
    referralId: `ref-${kind}`,
    kind,
    to: 'userId' in to ? party(to as Viewer) : to,
    content,
    recordConsent: 'treatment',
    ...extra,
  }) as Command;

export const general = { reason: 'Lændesmerter', clinicalInformation: 'Ingen røde flag' };
export const xref15 = (purpose = 'Afklarende samtale om mestringsforløb', helpful = true) => ({
  referralDiagnosis: 'Uspecifikke lændesmerter (DM545)',
  clinicalInformation: 'Langvarige smerter, nedsat funktion',
  purpose,
  history: '6 måneders forløb hos fysioterapeut',
  practicalCircumstances: 'Cykler',
  otherMunicipalOffers: [],
  interpreterNeeded: false,
  criteria: { practiceCourseTried: true, aimPreventWorsening: true, courseJudgedHelpful: helpful },
});

/** A planned pathway (Scenario.planned) where the citizen consented to share with the jobcentre for employment. */
export function employed(): Scenario {
  const s = Scenario.planned();
  s.run(
    VIEWERS.gp,
    { type: 'consentGiven', consentId: 'c-j', recipient: party(VIEWERS.jobcentre), purpose: 'employment' },
    T0,
  );
  return s;
}

/** A planned pathway where the GP referred to a practice (with the citizen's consent). */
export function referredTo(kind: 'physio' | 'chiro', to: Viewer): Scenario {
  const s = Scenario.planned();
  s.run(VIEWERS.gp, referralSent(kind, to, general), T0);
  return s;
}

/** A planned pathway where the citizen consented to share with the back centre. */
export function hospitalConsented(): Scenario {
  const s = Scenario.planned();
  s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
  return s;
}

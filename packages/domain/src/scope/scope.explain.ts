import { z } from 'zod';
import { ageOn, parseCpr } from '../cpr/index.ts';
import type { RuleCode } from '../program/rules.ts';
import { dayOf } from '../time.ts';
import { fail, ok, type Result, type Violation } from '../violation.ts';
import { checkScope, PainRegionSchema } from './scope.rules.ts';

/**
 * "Out of scope gives a clear explanation, never a silent refusal" (spec §1, p.6–10): what the
 * citizen is told for each SCOPE-* reason, Danish first. The apps carry the same sentences in
 * their i18n catalogue; these are the program's own wording for the command line and documents.
 */
export const SCOPE_EXPLANATIONS = {
  'SCOPE-ADULT': {
    da: 'Forløbsprogrammet gælder borgere på 18 år og derover. Tal med din egen læge om, hvad der kan hjælpe dig.',
    en: 'The program covers citizens aged 18 or over. Talk to your own GP about what can help you.',
  },
  'SCOPE-REGION': {
    da: 'Forløbsprogrammet gælder borgere i de 22 kommuner i Region Syddanmark. Tal med din egen læge om tilbuddene, hvor du bor.',
    en: 'The program covers citizens of the 22 municipalities of the Region of Southern Denmark. Talk to your own GP about the offers where you live.',
  },
  'SCOPE-LUMBAR': {
    da: 'Forløbsprogrammet gælder smerter, ubehag eller træthed i lænden, som påvirker dagligdagen. Tal med din læge, hvis det ændrer sig.',
    en: 'The program covers pain, discomfort or fatigue in the lower back that affects daily life. Talk to your GP if that changes.',
  },
  'SCOPE-NOT-NECK': {
    da: 'Forløbsprogrammet gælder lænden. Smerter i nakke og brystryg er ikke omfattet; tal med din egen læge om dem.',
    en: 'The program covers the lower back. Neck and thoracic pain are not covered; talk to your own GP about them.',
  },
} as const satisfies Partial<Record<RuleCode, { da: string; en: string }>>;

/** A citizen and a complaint, as anyone meeting the citizen would state them. */
export const ScopeQuestionSchema = z.strictObject({
  citizen: z.union(
    [
      z.strictObject({ cpr: z.string(), municipality: z.string().min(1) }),
      z.strictObject({ birthDate: z.iso.date(), municipality: z.string().min(1) }),
    ],
    // Said plainly: the bare union's "Invalid input" does not tell the clinician what to give.
    { error: 'Give the citizen as { cpr, municipality } or { birthDate, municipality }, not both' },
  ),
  complaint: z.strictObject({
    painRegions: z.array(PainRegionSchema).min(1),
    /** Radiation to the leg(s): within scope with or without it (SCOPE-LUMBAR, p.8). */
    legRadiation: z.boolean().default(false),
    affectsDailyLife: z.boolean(),
  }),
});
export type ScopeQuestion = z.input<typeof ScopeQuestionSchema>;

export interface ScopeAnswer {
  inScope: boolean;
  age: number;
  /** Every reason the citizen is out of scope, each with its explanation. */
  reasons: (Violation & { explanation: { da: string; en: string } })[];
}

/**
 * Is this citizen with this complaint within the program (spec §1)? A CPR number is read for the
 * birth date (CPR-FORMAT, CPR-DATE refuse it); every SCOPE-* reason is given, never only the first.
 */
export function explainScope(
  question: z.output<typeof ScopeQuestionSchema>,
  now: string,
): Result<ScopeAnswer> {
  const today = dayOf(now);
  let birthDate: string;
  if ('cpr' in question.citizen) {
    const parsed = parseCpr(question.citizen.cpr);
    if (!parsed.ok) {
      return fail(...parsed.violations.map((v) => ({ ...v, field: 'citizen.cpr' })));
    }
    birthDate = parsed.value.birthDate;
  } else {
    birthDate = question.citizen.birthDate;
  }
  if (birthDate > today) {
    return fail({ rule: 'INPUT-INVALID', field: 'citizen.birthDate', params: { reason: 'in the future' } });
  }
  const age = ageOn(birthDate, today);
  const violations = checkScope({
    age,
    municipality: question.citizen.municipality,
    answers: {
      painRegions: question.complaint.painRegions,
      affectsDailyLife: question.complaint.affectsDailyLife,
    },
  });
  // Fields name what was given: the CPR number when the age came from it.
  const given = (field: string) =>
    'cpr' in question.citizen && field === 'citizen.birthDate'
      ? 'citizen.cpr'
      : field.replace(/^scope\./, 'complaint.');
  const reasons = violations.map(({ field, ...v }) => ({
    ...v,
    ...(field ? { field: given(field) } : {}),
    explanation: SCOPE_EXPLANATIONS[v.rule as keyof typeof SCOPE_EXPLANATIONS],
  }));
  return ok({ inScope: reasons.length === 0, age, reasons });
}

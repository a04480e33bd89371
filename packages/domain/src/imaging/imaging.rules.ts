import { z } from 'zod';
import { type Actor, ActorSchema } from '../program/actors.ts';
import type { TargetGroup } from '../program/target-groups.ts';
import { type Violation, violationsFromZod } from '../violation.ts';

/**
 * Referral to imaging (X-ray, MR, CT) — spec §3.5; source p.22–25 ("Billeddiagnostik"), Table 1
 * (chapter 4, "Henvisning til billeddiagnostik") and p.52.
 *
 * The source recommends imaging only on suspicion of a non-MSK condition or where it may change
 * diagnosis and/or treatment, and lists the reasons with "Årsagerne kan fx være" ("for
 * example", p.22–25): the list is not exhaustive. Therefore a missing indication is a WARNING (with the
 * leaflet for the conversation), never a block; the clinician decides.
 */

/** The nine indications of p.22–25, in the source's order. */
export const ImagingIndicationSchema = z.enum([
  /** "Mistanke om underliggende ikke-muskuloskeletal lidelse" */
  'suspected-non-msk',
  /** Nerve root involvement with significant limitation and high pain, no satisfactory improvement after 4–8 weeks of relevant treatment. */
  'nerve-root-no-improvement-4-8-weeks',
  /** "Progredierende neurologiske udfald" */
  'progressive-neurological-deficit',
  /** "Nyopstået (indenfor 48 timer) nedsat kraft grad 3 eller derunder" — also TG-CAUDA. */
  'new-paresis-48h',
  /** Spinal stenosis (walking-related leg pain and/or significant limitation) without satisfactory improvement. */
  'stenosis-no-improvement',
  /** "Mistanke om inflammatorisk gigtsygdom" */
  'suspected-inflammatory-arthritis',
  /** "Betydelig skoliose" */
  'significant-scoliosis',
  /** "Mistanke om nytilkommet sammenfald af ryghvirvler" */
  'suspected-new-vertebral-collapse',
  /** "Traume" */
  'trauma',
]);
export type ImagingIndication = z.infer<typeof ImagingIndicationSchema>;
export const IMAGING_INDICATIONS = ImagingIndicationSchema.options;

/** Who may refer to imaging: Table 1, "Henvisning til billeddiagnostik" (IMG-REFERRER). */
export const IMAGING_REFERRERS = [
  'gp',
  'chiro',
  'specialist',
  'hospital',
] as const satisfies readonly Actor[];
export type ImagingReferrer = (typeof IMAGING_REFERRERS)[number];

export const isImagingReferrer = (actor: Actor): actor is ImagingReferrer =>
  (IMAGING_REFERRERS as readonly Actor[]).includes(actor);

/** The leaflet for a citizen who asks for an MR without an indication (p.22–25). */
export const IMAGING_LEAFLET = 'forstaa-dine-smerter-i-laenden';

export const ImagingOrderInputSchema = z.strictObject({
  actor: ActorSchema,
  indications: z.array(ImagingIndicationSchema),
});
export type ImagingOrderInput = z.infer<typeof ImagingOrderInputSchema>;

/** What the order requires besides itself. */
export type ImagingAction =
  /** IMG-CHIRO-INFORMS-GP (p.52): the chiropractor informs the GP of the imaging referral. */
  | { rule: 'IMG-CHIRO-INFORMS-GP'; action: 'inform-gp'; to: 'gp' }
  /** TG-CAUDA (HARD, p.29): new paresis ≤ 3 within 48 h is an acute referral to FAM, not only imaging. */
  | { rule: 'TG-CAUDA'; action: 'acute-referral'; to: 'acute' };

export interface ImagingCheck {
  /** Block the order: IMG-REFERRER, or INPUT-INVALID. */
  violations: Violation[];
  /** Show, do not block: IMG-INDICATION. */
  warnings: Violation[];
  actions: ImagingAction[];
}

/** What the pathway says about an order, when the order is checked against one. */
export interface ImagingPathwayContext {
  /** The pathway's target group: TG-NONMSK is itself an indication (p.22). */
  targetGroup?: TargetGroup | undefined;
  /** Whole weeks of conservative treatment so far (0 when none has started). */
  treatmentWeeks?: number;
  /** What the latest reassessment since that treatment started found, if any. */
  latestChange?: 'better' | 'unchanged' | 'worse' | undefined;
}

/** Indications that hold only after 4–8 weeks of relevant treatment without satisfactory improvement (p.22–25, p.29–30). */
const AFTER_TREATMENT: readonly ImagingIndication[] = [
  'nerve-root-no-improvement-4-8-weeks',
  'stenosis-no-improvement',
];
const MIN_TREATMENT_WEEKS = 4;

/**
 * Checks an imaging referral: who refers (IMG-REFERRER, HARD), whether there is an indication
 * (IMG-INDICATION, warning with the leaflet), and what must follow (IMG-CHIRO-INFORMS-GP; TG-CAUDA
 * when the indication is a new paresis). The actions stand even when the order is blocked: a
 * new paresis needs the acute referral whoever records it. Given the pathway, a suspected
 * non-musculoskeletal cause (TG-NONMSK) is never answered "no indication" with the reassuring
 * leaflet, and "no improvement after 4–8 weeks" is checked against the weeks actually treated.
 */
export function checkImagingOrder(input: ImagingOrderInput, pathway?: ImagingPathwayContext): ImagingCheck {
  const parsed = ImagingOrderInputSchema.safeParse(input);
  if (!parsed.success)
    return { violations: violationsFromZod(parsed.error.issues), warnings: [], actions: [] };
  const { actor, indications } = parsed.data;

  const violations: Violation[] = [];
  if (!isImagingReferrer(actor)) {
    violations.push({
      rule: 'IMG-REFERRER',
      field: 'actor',
      params: { actor, allowed: [...IMAGING_REFERRERS] },
    });
  }

  const warnings: Violation[] = [];
  const suspectedNonMsk = pathway?.targetGroup === 'TG-NONMSK';
  if (indications.length === 0 && !suspectedNonMsk) {
    warnings.push({ rule: 'IMG-INDICATION', field: 'indications', params: { leaflet: IMAGING_LEAFLET } });
  }
  indications.forEach((indication, i) => {
    if (!AFTER_TREATMENT.includes(indication)) return;
    const weeks = pathway?.treatmentWeeks;
    if (weeks !== undefined && weeks < MIN_TREATMENT_WEEKS) {
      warnings.push({
        rule: 'IMG-INDICATION',
        field: `indications.${i}`,
        params: { indication, weeks, minimum: MIN_TREATMENT_WEEKS },
      });
    } else if (pathway?.latestChange === 'better') {
      // "No satisfactory improvement" contradicts a reassessment that recorded the course better.
      warnings.push({
        rule: 'IMG-INDICATION',
        field: `indications.${i}`,
        params: { indication, change: 'better' },
      });
    }
  });

  const actions: ImagingAction[] = [];
  if (indications.includes('new-paresis-48h')) {
    actions.push({ rule: 'TG-CAUDA', action: 'acute-referral', to: 'acute' });
  }
  if (actor === 'chiro') actions.push({ rule: 'IMG-CHIRO-INFORMS-GP', action: 'inform-gp', to: 'gp' });
  return { violations, warnings, actions };
}

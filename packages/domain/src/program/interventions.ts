import { z } from 'zod';
import type { Actor } from './actors.ts';

/** Interventions of chapter 7 (spec §5, Table 2, p.31–49). */
export const InterventionSchema = z.enum([
  'self-management',
  'education',
  'exercise',
  'manual',
  'medication',
  'cft',
  'back-medicine',
  'back-surgery',
  'work',
  'rehab-140',
  'prevention-119',
]);
export type Intervention = z.infer<typeof InterventionSchema>;
export const INTERVENTIONS = InterventionSchema.options;

export type ProviderRole = 'standard' | 'special-interest';

const MUNICIPAL: Actor[] = ['municipal-prevention', 'municipal-rehab'];
const TABLE_2_ACTORS: Actor[] = [
  'physio',
  'chiro',
  'gp',
  'specialist',
  ...MUNICIPAL,
  'jobcentre',
  'hospital',
  'pain-centre',
];

/** Table 2 (p.31–32): "x" standard providers, "(x)" special-interest providers. */
export const INTERVENTION_PROVIDERS: Record<
  Intervention,
  { standard: readonly Actor[]; specialInterest: readonly Actor[] }
> = {
  'self-management': { standard: TABLE_2_ACTORS, specialInterest: [] },
  education: { standard: ['physio', 'chiro', ...MUNICIPAL, 'pain-centre'], specialInterest: [] },
  exercise: {
    standard: ['physio', 'chiro', ...MUNICIPAL, 'pain-centre'],
    specialInterest: ['gp', 'specialist'],
  },
  manual: { standard: ['physio', 'chiro'], specialInterest: ['gp', 'specialist'] },
  medication: { standard: ['gp', 'specialist', 'hospital', 'pain-centre'], specialInterest: [] },
  cft: { standard: ['pain-centre'], specialInterest: ['physio', 'chiro', ...MUNICIPAL] },
  'back-medicine': { standard: ['hospital'], specialInterest: [] },
  'back-surgery': { standard: ['hospital'], specialInterest: [] },
  work: { standard: TABLE_2_ACTORS, specialInterest: [] },
  'rehab-140': { standard: ['municipal-rehab'], specialInterest: [] },
  'prevention-119': { standard: ['municipal-prevention'], specialInterest: [] },
};

/** How `actor` may offer `intervention` under Table 2, or null when it is not theirs to offer. */
export function providerRole(actor: Actor, intervention: Intervention): ProviderRole | null {
  const providers = INTERVENTION_PROVIDERS[intervention];
  if (providers.standard.includes(actor)) return 'standard';
  if (providers.specialInterest.includes(actor)) return 'special-interest';
  return null;
}

/** The interventions this actor offers, with its role for each (for the plan editor). */
export function interventionsOfferedBy(actor: Actor): { intervention: Intervention; role: ProviderRole }[] {
  return INTERVENTIONS.flatMap((intervention) => {
    const role = providerRole(actor, intervention);
    return role ? [{ intervention, role }] : [];
  });
}

/**
 * The §119 offers (spec §6.3, p.45–49): the clarifying conversation leads to one or more of these,
 * each run as the Table 2 intervention it is.
 */
export const MUNICIPAL_OFFERS = {
  coping: 'education',
  /** "Lær at tackle kroniske smerter". */
  ltks: 'education',
  /** Better sleep, followed with PSQI. */
  sleep: 'prevention-119',
  /** Mental health / the depression program. */
  mental: 'prevention-119',
  /** Physical activity (the citizen assessed by GP, chiropractor or physiotherapist first). */
  activity: 'exercise',
} as const satisfies Record<string, Intervention>;
export const MunicipalOfferSchema = z.enum(
  Object.keys(MUNICIPAL_OFFERS) as [keyof typeof MUNICIPAL_OFFERS, ...(keyof typeof MUNICIPAL_OFFERS)[]],
);
export type MunicipalOffer = z.infer<typeof MunicipalOfferSchema>;

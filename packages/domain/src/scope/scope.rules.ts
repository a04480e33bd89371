import { z } from 'zod';
import type { Violation } from '../violation.ts';

/** SCOPE-REGION (p.6): the 22 municipalities of the Region of Southern Denmark. */
export const RSD_MUNICIPALITIES = [
  'Aabenraa',
  'Assens',
  'Billund',
  'Esbjerg',
  'Fanø',
  'Fredericia',
  'Faaborg-Midtfyn',
  'Haderslev',
  'Kerteminde',
  'Kolding',
  'Langeland',
  'Middelfart',
  'Nordfyns',
  'Nyborg',
  'Odense',
  'Svendborg',
  'Sønderborg',
  'Tønder',
  'Varde',
  'Vejen',
  'Vejle',
  'Ærø',
] as const;

export const PainRegionSchema = z.enum(['lumbar', 'thoracic', 'neck']);

/** What the clinician answers when opening a pathway (spec §1, p.8–10). */
export const ScopeAnswersSchema = z.object({
  painRegions: z.array(PainRegionSchema).min(1),
  /** SCOPE-LUMBAR: the pain affects daily life to some degree. */
  affectsDailyLife: z.boolean(),
});
export type ScopeAnswers = z.infer<typeof ScopeAnswersSchema>;

export interface ScopeInput {
  /** Age in whole years on the day of the check. */
  age: number;
  municipality: string;
  answers: ScopeAnswers;
}

/**
 * Is the citizen within the program? Out of scope is always explained by rule code (spec §1):
 * the UI turns each violation into a sentence, never a silent refusal.
 */
export function checkScope({ age, municipality, answers }: ScopeInput): Violation[] {
  const violations: Violation[] = [];
  // SCOPE-ADULT (p.8)
  if (age < 18) violations.push({ rule: 'SCOPE-ADULT', field: 'citizen.birthDate', params: { age } });
  // SCOPE-REGION (p.6)
  if (!isRsdMunicipality(municipality)) {
    // A region municipality written otherwise ("vejle", "Vejle Kommune") is named, so the refusal
    // says what to write instead of only "not in the region".
    const meant = rsdMunicipalityMeant(municipality);
    violations.push({
      rule: 'SCOPE-REGION',
      field: 'citizen.municipality',
      params: meant ? { municipality, meant } : { municipality },
    });
  }
  const lumbar = answers.painRegions.includes('lumbar');
  const otherRegions = answers.painRegions.filter((region) => region !== 'lumbar');
  // SCOPE-NOT-NECK (p.8–10): neck or thoracic pain alone is another program's.
  if (!lumbar && otherRegions.length > 0) {
    violations.push({
      rule: 'SCOPE-NOT-NECK',
      field: 'scope.painRegions',
      params: { regions: otherRegions },
    });
  }
  // SCOPE-LUMBAR (p.8): the pain must touch daily life to some degree.
  if (lumbar && !answers.affectsDailyLife) {
    violations.push({ rule: 'SCOPE-LUMBAR', field: 'scope.affectsDailyLife' });
  }
  return violations;
}

export const isRsdMunicipality = (name: string): boolean =>
  (RSD_MUNICIPALITIES as readonly string[]).includes(name.trim());

/** The region municipality a differently written name stands for: case, spacing, " Kommune". */
export function rsdMunicipalityMeant(name: string): string | undefined {
  const key = name
    .trim()
    .toLocaleLowerCase('da')
    .replace(/\s+kommune$/, '');
  return RSD_MUNICIPALITIES.find((m) => m.toLocaleLowerCase('da') === key);
}

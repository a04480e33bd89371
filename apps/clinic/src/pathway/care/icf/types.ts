import type { IcfAssessment } from '@rygforlob/domain';

/** One ICF component of the record, never undefined in the form. */
export type Part<S extends keyof IcfAssessment> = NonNullable<IcfAssessment[S]>;

/** What a section of the ICF form gets: its component, and a patch to apply to it. */
export interface PartProps<S extends keyof IcfAssessment> {
  value: Part<S>;
  onChange(patch: Partial<Part<S>>): void;
}

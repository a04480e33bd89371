import { z } from 'zod';

/** Diagnostic triage (spec §3.1, p.18). */
export const DiagnosticCategorySchema = z.enum(['non-msk', 'specific-msk', 'nonspecific']);
export type DiagnosticCategory = z.infer<typeof DiagnosticCategorySchema>;

/** The seven target groups (spec §3.2, chapter 6, p.29–30). */
export const TargetGroupSchema = z.enum([
  'TG-NONMSK',
  'TG-CAUDA',
  'TG-NERVEROOT',
  'TG-STENOSIS',
  'TG-UNCOMPLICATED',
  'TG-COMPLICATED',
  'TG-PERSISTENT',
]);
export type TargetGroup = z.infer<typeof TargetGroupSchema>;
export const TARGET_GROUPS = TargetGroupSchema.options;

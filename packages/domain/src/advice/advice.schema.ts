import { z } from 'zod';
import { ClockStatusSchema } from '../clocks/clock.schema.ts';

/**
 * One piece of decision support (spec preamble): a warning the clinician should heed, a
 * suggestion the program makes, or a clock. Codes and parameters only; the UI translates.
 */
export const AdviceSchema = z.object({
  kind: z.enum(['warning', 'suggestion', 'clock']),
  rule: z.string(),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
    .optional(),
  /** The referral, prescription or intervention it is about. */
  subject: z.string().optional(),
  /** The organisation it is for, when the pathway says whose it is. */
  owner: z.string().optional(),
  clock: ClockStatusSchema.optional(),
});
export type Advice = z.infer<typeof AdviceSchema>;

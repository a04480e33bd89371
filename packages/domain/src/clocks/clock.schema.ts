import { z } from 'zod';

/** The clocks of spec §7. */
export const ClockCodeSchema = z.enum([
  'CLK-REASSESS-4-8W',
  'CLK-HOSP-6-8W',
  'CLK-MED-DAYS',
  'CLK-MED-3-4W',
  'CLK-MANUAL-4-5',
  'CLK-R140-SEND',
  'CLK-R140-START',
  'CLK-FASTTRACK',
  'CLK-SICK-8W',
  'CLK-PAIN-6M',
  'CLK-STRUCT-6M',
]);
export type ClockCode = z.infer<typeof ClockCodeSchema>;

/**
 * pending: not yet due; due: inside its window; overdue: past its latest day and not met;
 * met: what the clock waits for has happened (`late` if after the latest day).
 * A `threshold` clock marks when something becomes legitimate (e.g. 6 months of pain): it is
 * due from then on and never overdue.
 */
export const ClockStatusSchema = z.object({
  code: ClockCodeSchema,
  /** What the clock is about: a referral, prescription, intervention id, or the pathway. */
  subject: z.string(),
  startedOn: z.iso.date(),
  dueFrom: z.iso.date(),
  dueBy: z.iso.date(),
  threshold: z.boolean(),
  state: z.enum(['pending', 'due', 'overdue', 'met']),
  metOn: z.iso.date().optional(),
  late: z.boolean().optional(),
  /** Calendar days to dueBy (negative when past). */
  daysLeft: z.number().int(),
  /** The organisation whose clock it is to meet, when the pathway says. */
  owner: z.string().optional(),
});
export type ClockStatus = z.infer<typeof ClockStatusSchema>;

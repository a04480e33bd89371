import type { ClockCode } from '../clocks/clock.schema.ts';
import { REFERRAL_CONTENT_SCHEMAS } from '../referral/referral-content.schema.ts';
import { ACTORS, SECTOR_OF } from './actors.ts';
import { INTERVENTION_PROVIDERS } from './interventions.ts';
import { REFERRAL_MESSAGE, referralMatrix } from './referral-matrix.ts';
import { RULES } from './rules.ts';
import { TARGET_GROUPS } from './target-groups.ts';

/** The clocks of section 7: what starts them and when they fall due, in days or months. */
export const CLOCK_DEFINITIONS: Record<
  ClockCode,
  { starts: string; dueFrom: string; dueBy: string; page: string }
> = {
  'CLK-REASSESS-4-8W': { starts: 'treatment start', dueFrom: '28 days', dueBy: '56 days', page: '29-30' },
  'CLK-HOSP-6-8W': { starts: 'treatment start', dueFrom: '42 days', dueBy: '56 days', page: '52' },
  'CLK-MED-DAYS': { starts: 'prescription', dueFrom: '3 days', dueBy: '7 days', page: '37' },
  'CLK-MED-3-4W': { starts: 'prescription', dueFrom: '21 days', dueBy: '28 days', page: '37' },
  'CLK-MANUAL-4-5': {
    starts: '4th manual treatment',
    dueFrom: '5th treatment',
    dueBy: '5th treatment',
    page: '36',
  },
  'CLK-R140-SEND': { starts: 'hospital discharge', dueFrom: 'same day', dueBy: 'same day', page: '55' },
  'CLK-R140-START': {
    starts: 'plan received',
    dueFrom: '0 days',
    dueBy: '7 days or the stated later date',
    page: '55',
  },
  'CLK-FASTTRACK': { starts: 'fast-track request', dueFrom: '0 days', dueBy: '14 days', page: '42' },
  'CLK-SICK-8W': {
    starts: 'sick leave start',
    dueFrom: 'expectation over 8 weeks',
    dueBy: '56 days',
    page: '42',
  },
  'CLK-PAIN-6M': { starts: 'pain onset', dueFrom: '6 months', dueBy: '6 months', page: '48' },
  'CLK-STRUCT-6M': { starts: 'treatment start', dueFrom: '6 months', dueBy: '6 months', page: '39' },
};

/**
 * The reference program as typed data: "Tværsektorielt forløbsprogram for borgere med
 * lænderygbesvær i Region Syddanmark", version 1.0, in force 1 January 2024.
 */
export const rsd2023 = {
  id: 'rsd-2023',
  title: 'Tværsektorielt forløbsprogram for borgere med lænderygbesvær i Region Syddanmark',
  version: '1.0',
  inForce: '2024-01-01',
  rules: RULES,
  actors: ACTORS,
  sectorOf: SECTOR_OF,
  targetGroups: TARGET_GROUPS,
  interventions: INTERVENTION_PROVIDERS,
  referrals: referralMatrix(),
  referralMessages: REFERRAL_MESSAGE,
  referralContent: REFERRAL_CONTENT_SCHEMAS,
  clocks: CLOCK_DEFINITIONS,
} as const;
export type Program = typeof rsd2023;

/** The apps' own words, Danish first. Keys are grouped by screen; `{param}` is filled in. */
import { CITIZEN_MESSAGES } from './messages/citizen.ts';
import { CLINIC_MESSAGES } from './messages/clinic.ts';
import { CLINIC_ACCESS_MESSAGES } from './messages/clinic-access.ts';
import { CLINIC_CARE_MESSAGES } from './messages/clinic-care.ts';
import { CLINIC_COMMUNICATION_MESSAGES } from './messages/clinic-communication.ts';
import { COMMON } from './messages/common.ts';
import { EMPLOYMENT_MESSAGES } from './messages/employment.ts';
import { REHAB_MESSAGES } from './messages/rehab.ts';

export const MESSAGES = {
  ...COMMON,
  ...CLINIC_MESSAGES,
  ...CLINIC_CARE_MESSAGES,
  ...CLINIC_COMMUNICATION_MESSAGES,
  ...CLINIC_ACCESS_MESSAGES,
  ...EMPLOYMENT_MESSAGES,
  ...REHAB_MESSAGES,
  ...CITIZEN_MESSAGES,
} as const;
export type MessageKey = keyof typeof MESSAGES;

/** Clinic: referral composer, notes, consent and the printable plan. Danish first. */
export const CLINIC_COMMUNICATION_MESSAGES = {} as const;

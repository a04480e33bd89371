/** Clinic: assessment, questionnaires, plan and treatment tabs. Danish first. */
export const CLINIC_CARE_MESSAGES = {} as const;

import { dayOf } from '@rygforlob/domain';

/** Today as the domain writes a day (Copenhagen). */
export const today = (): string => dayOf(new Date().toISOString());

import { type ClockCode, dayOf } from '@rygforlob/domain';
import { MESSAGES, type MessageKey } from '@rygforlob/ui';

export type { ClockCode };

/** Is `key` a message of the catalogue? For keys built from data (clock codes, enum values). */
export const isMessageKeyOf = (key: string): key is MessageKey => key in MESSAGES;

/** Today as the domain writes a day (Copenhagen). */
export const today = (): string => dayOf(new Date().toISOString());

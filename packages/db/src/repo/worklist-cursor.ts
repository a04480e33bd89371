import { isUuid } from './ids.ts';

/**
 * Where a page ended: in the overdue part (key: the row's next_due_by) or the rest (key: its
 * last_event_at), with the pathway id as the tie-break. Opaque to clients (base64url JSON).
 */
export type Cursor =
  | { part: 'overdue'; key: string; id: string }
  | { part: 'recent'; key: string; id: string };

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');

/**
 * Exactly what the encoder writes, with a year PostgreSQL takes: `YYYY-MM-DD` (overdue) or
 * `YYYY-MM-DDTHH:MM:SS.sssZ` (recent), a real day, 1900-9999. Date.parse takes year 0000,
 * -000001 and +275760, which PostgreSQL's casts refuse: a hand-made cursor was a 500 (issue 9).
 */
const DAY = /^(\d{4})-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const keyFits = (pattern: RegExp, key: string, iso: string): boolean => {
  const year = Number(pattern.exec(key)?.[1]);
  const at = new Date(iso);
  return year >= 1900 && year <= 9999 && !Number.isNaN(at.getTime()) && at.toISOString() === iso;
};

/** The cursor a page handed out, or null when the text is not one. */
export function decodeWorklistCursor(text: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
    const { part, key, id } = value;
    // Only what a page writes (a uuid, a real day, an ISO instant): anything else would reach
    // PostgreSQL's casts and fail there as a server error instead of a refused cursor.
    if (typeof key !== 'string' || typeof id !== 'string' || !isUuid(id)) return null;
    if (part === 'overdue' && keyFits(DAY, key, `${key}T00:00:00.000Z`)) return { part, key, id };
    if (part === 'recent' && keyFits(INSTANT, key, key)) return { part, key, id };
    return null;
  } catch {
    return null;
  }
}

/** Thrown for a cursor no page handed out; the API names the field. */
export class InvalidCursor extends RangeError {
  readonly field = 'cursor';
  constructor() {
    super('cursor: not a worklist cursor');
  }
}

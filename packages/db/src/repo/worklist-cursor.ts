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

const isoOf = (text: string): string | null => {
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
};

/** The cursor a page handed out, or null when the text is not one. */
export function decodeWorklistCursor(text: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
    const { part, key, id } = value;
    // Only what a page writes (a uuid, a real day, an ISO instant): anything else would reach
    // PostgreSQL's casts and fail there as a server error instead of a refused cursor.
    if (typeof key !== 'string' || typeof id !== 'string' || !isUuid(id)) return null;
    if (part === 'overdue' && isoOf(`${key}T00:00:00.000Z`)?.slice(0, 10) === key) return { part, key, id };
    if (part === 'recent' && isoOf(key) === key) return { part, key, id };
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

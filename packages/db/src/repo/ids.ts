const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids of citizens and pathways are uuid columns: a malformed id from a URL would make
 * PostgreSQL raise instead of finding nothing, so the repositories check it first.
 */
export const isUuid = (value: string): boolean => UUID_RE.test(value);

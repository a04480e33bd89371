/**
 * Drops what the clinician left blank before a record is sent: empty or whitespace-only text,
 * empty lists and objects left with nothing in them. Numbers and booleans are findings and stay
 * (`false` is "asked, not present").
 */
export function compact<T>(value: T): T | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map((item) => compact(item)).filter((item) => item !== undefined);
    return items.length > 0 ? (items as T) : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([key, v]) => {
      const kept = compact(v);
      return kept === undefined ? [] : [[key, kept] as const];
    });
    return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
  }
  return value;
}

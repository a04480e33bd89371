/**
 * Calendar arithmetic for clocks. The program's deadlines are Danish calendar days, so a
 * timestamp's day is its day in Europe/Copenhagen. Pure: every function takes the time it uses.
 */
const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DAY_MS = 86_400_000;

// Intl formatting costs microseconds and the same timestamps recur (every advise over a pathway
// reads its events' days), so days are remembered; the cache is bounded and pure in effect.
const DAY_CACHE = new Map<string, string>();
const DAY_CACHE_LIMIT = 50_000;

/** 'YYYY-MM-DD' of an ISO date or timestamp, in Copenhagen. */
export function dayOf(isoDateOrTime: string): string {
  if (isoDateOrTime.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(isoDateOrTime)) return isoDateOrTime;
  let day = DAY_CACHE.get(isoDateOrTime);
  if (day === undefined) {
    day = COPENHAGEN_DAY.format(new Date(isoDateOrTime));
    if (DAY_CACHE.size >= DAY_CACHE_LIMIT) DAY_CACHE.clear();
    DAY_CACHE.set(isoDateOrTime, day);
  }
  return day;
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** Calendar days from `from` to `to` (may be negative). */
export const daysBetween = (from: string, to: string): number =>
  dayNumber(dayOf(to)) - dayNumber(dayOf(from));

export function addDays(isoDateOrTime: string, days: number): string {
  return new Date((dayNumber(dayOf(isoDateOrTime)) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDateOrTime: string, months: number): string {
  const [y, m, d] = dayOf(isoDateOrTime).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

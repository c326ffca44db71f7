/**
 * Calendar dates as ISO yyyy-mm-dd strings, checked for real days.
 *
 * @example
 * parseIsoDate("2025-06-12"); // "2025-06-12"
 */

/**
 * Validates an ISO yyyy-mm-dd string as a real calendar date.
 * @example parseIsoDate("2025-02-30"); // null
 */
export function parseIsoDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0..99 onto 1900..1999, so compare every component.
  date.setUTCFullYear(year);
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? value : null;
}

/** Adds days to an ISO date. @example addDays("2025-06-30", 1) // "2025-07-01" */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

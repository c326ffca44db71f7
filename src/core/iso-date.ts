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

/**
 * The first day of the month or year `amount` months or years from `iso`'s own.
 * @example firstDayAfter("2025-12-15", 1, "month") // "2026-01-01"
 */
export function firstDayAfter(iso: string, amount: number, unit: "month" | "year"): string {
  const year = Number(iso.slice(0, 4));
  if (unit === "year") return `${String(year + amount).padStart(4, "0")}-01-01`;
  const months = year * 12 + Number(iso.slice(5, 7)) - 1 + amount;
  const month = String((months % 12) + 1).padStart(2, "0");
  return `${String(Math.floor(months / 12)).padStart(4, "0")}-${month}-01`;
}

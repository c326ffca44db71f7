/**
 * ISO 8601 weeks (Monday to Sunday) of yyyy-mm-dd dates: a date of week precision is stored as its
 * week's Monday and shown as the week's label.
 *
 * @example
 * isoWeekLabel("2025-06-05"); // "2025-W23"
 */

const DAY_MS = 86_400_000;

/** The Monday of the ISO week holding `date`. @example mondayOf("2025-06-12") // "2025-06-09" */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  // getUTCDay counts from Sunday (0); ISO weeks start on Monday.
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The ISO week label of `date`: the year that holds the week's Thursday, and the week's number.
 * @example isoWeekLabel("2024-12-30") // "2025-W01"
 */
export function isoWeekLabel(date: string): string {
  const thursday = new Date(Date.parse(`${mondayOf(date)}T00:00:00Z`) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

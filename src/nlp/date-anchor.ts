/**
 * The article date as the date finders read it: its calendar day and chrono's reference instant.
 * An article's sentences share one, so the coder builds it once per article, not per sentence.
 *
 * @example
 * dateAnchor("2025-06-12").day; // { year: 2025, month: 6, day: 12 }
 */
import type { ParsingReference } from "chrono-node";
import { ParleyError } from "../core/errors.js";
import { parseIsoDate } from "../core/iso-date.js";
import type { CalendarDay } from "./date-tense.js";

/** An article date, read once. @example dateAnchor("2025-06-12").reference.timezone // 0 */
export interface DateAnchor {
  readonly day: CalendarDay;
  /** Noon UTC with a zero offset keeps the calendar day stable whatever the process time zone is. */
  readonly reference: ParsingReference;
}

/**
 * Reads `referenceDate` (yyyy-mm-dd); throws E_DATE on anything else.
 * @example dateAnchor("2025-06-12").day.month // 6
 */
export function dateAnchor(referenceDate: string): DateAnchor {
  const iso = parseIsoDate(referenceDate);
  if (iso === null) throw new ParleyError("E_DATE", `reference date: not a date: ${referenceDate}`);
  const day: CalendarDay = {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  };
  return {
    day,
    reference: { instant: new Date(Date.UTC(day.year, day.month - 1, day.day, 12)), timezone: 0 },
  };
}

/**
 * Quotation marks as tokens carry them after normalisation (curly apostrophes fold to "'"): no words
 * of their own, so a pattern's gap and a report object's length step over them.
 *
 * @example
 * QUOTE_MARKS.has("“"); // true
 */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "”", "'", "‘", "’"]);

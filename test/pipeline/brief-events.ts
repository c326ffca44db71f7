/**
 * The pipeline tests' short form of an article's events: "TYPE SRC>TGT" with country codes, coded
 * by one default coder on a fixed date.
 *
 * @example
 * briefEvents("Russia struck Kyiv. Poland condemned the attack."); // ["ASSAULT RUS>UKR", "ACCUSE POL>RUS"]
 */
import { createCoder } from "../../src/index.js";

const coder = createCoder();

/** Codes `text` as one article dated 2025-11-24. @example briefEvents("Hamas vowed revenge.") // ["THREATEN PSE>"] */
export function briefEvents(text: string): string[] {
  return coder
    .code({ text, date: "2025-11-24" })
    .events.map(
      (e) =>
        `${e.event} ${e.source.map((a) => a.country).join(",")}>${e.target.map((a) => a.country).join(",")}`,
    );
}

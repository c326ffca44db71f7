/**
 * The subject of a clause opened by a time word: "days after a suicide bombing at a court in
 * Islamabad killed 12 people" has the bombing, a noun that names no one, as its subject, and an
 * actor further left belongs to another clause.
 *
 * @example
 * ownNounSubject(tokens, link, trigger); // true at "after" in "… after a suicide bombing killed"
 */
import type { Token } from "../core/types.js";

const TIME_LINKS: ReadonlySet<string> = new Set(["after", "before", "since", "until"]);
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/**
 * True when `link` is "after", "before", "since" or "until" and an article and a noun open the words
 * from it to a finite past `trigger`, with no comma or verb between: the noun is the trigger's subject.
 * @example ownNounSubject(tokens, 3, 9) // "days after a suicide bombing at a court killed" → true
 */
export function ownNounSubject(tokens: readonly Token[], link: number, trigger: number): boolean {
  if (!TIME_LINKS.has(tokens[link]!.lower)) return false;
  const verb = tokens[trigger]!;
  if (verb.pos !== "VERB" || verb.lower === verb.lemma || !ARTICLES.has(tokens[link + 1]?.lower ?? ""))
    return false;
  let noun = false;
  for (let j = link + 1; j < trigger; j++) {
    const t = tokens[j]!;
    if (t.lower === "," || t.pos === "VERB" || t.pos === "AUX") return false;
    if (t.pos === "NOUN") noun = true;
  }
  return noun;
}

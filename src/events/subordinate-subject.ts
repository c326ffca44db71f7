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
 * True when `link` is "after", "before", "since" or "until" and an article (or a bare plural or
 * count) and a noun open the words
 * from it to a finite past `trigger`, with no comma or verb between: the noun is the trigger's subject.
 * @example ownNounSubject(tokens, 3, 9) // "days after a suicide bombing at a court killed" → true
 */
export function ownNounSubject(tokens: readonly Token[], link: number, trigger: number): boolean {
  if (!TIME_LINKS.has(tokens[link]!.lower)) return false;
  const verb = tokens[trigger]!;
  const opener = tokens[link + 1];
  // "after balloons carrying cigarettes entered": a bare plural or a count opens the noun too.
  const bare = opener?.pos === "NUM" || (opener?.pos === "NOUN" && opener.lower.endsWith("s"));
  if (verb.pos !== "VERB" || verb.lower === verb.lemma || !(ARTICLES.has(opener?.lower ?? "") || bare))
    return false;
  let noun = false;
  for (let j = link + 1; j < trigger; j++) {
    const t = tokens[j]!;
    // A participle after the noun only describes it ("balloons carrying cigarettes").
    const participle =
      noun && t.pos === "VERB" && /(?:ing|ed)$/.test(t.lower) && tokens[j - 1]!.pos === "NOUN";
    if (t.lower === "," || (t.pos === "VERB" && !participle) || t.pos === "AUX") return false;
    if (t.pos === "NOUN") noun = true;
  }
  return noun;
}

/**
 * The passive form of a verb-and-object pattern: "sign * &agreement" also reads "the agreement
 * was signed by Ethiopia and Eritrea", and "present * evidence" reads "evidence against Russia was
 * presented by the US". Rules are written in the active voice; the passive puts the object first,
 * where a forward matcher starting at the verb never finds it, so the compiler derives one pattern
 * that starts at the object noun. Its agent follows "by" (event-parties reads it); without one the
 * act has no source.
 *
 * @example
 * passivePattern("sign * &agreement"); // "&agreement * be|being * sign"
 */
import type { Token } from "../core/types.js";
import { patternParts } from "../nlp/token-pattern.js";

// Particles that belong to the verb ("carry out", "step up", "agree on"), not to its object.
const PARTICLES: ReadonlySet<string> = new Set([
  "out",
  "up",
  "off",
  "down",
  "on",
  "back",
  "away",
  "over",
  "forward",
  "in",
]);
// Words that end the object phrase: what follows them is a complement, not the object.
const CLOSING: ReadonlySet<string> = new Set([
  "with",
  "to",
  "on",
  "against",
  "of",
  "for",
  "from",
  "in",
  "at",
  "by",
  "that",
  "into",
  "over",
  "about",
  "between",
  "among",
  "toward",
  "towards",
  "as",
  "than",
  "after",
  "before",
  "whether",
  "if",
  "how",
  "what",
  "why",
  "when",
  "where",
  "who",
  "which",
  "a",
  "an",
  "the",
  "'s",
]);
// Forms of "be" a passive needs; "has been signed" reaches "been" across the gap.
// Event rules match lemmas too, so "be" stands for "was", "were", "is", "are", "been" (wink's
// "being" is its own lemma): two alternatives, not seven, each multiplying the trie's nodes.
const PASSIVE_BE = "be|being";
const BE_FORMS: ReadonlySet<string> = new Set(["was", "were", "is", "are", "be", "been", "being"]);

const plain = (part: string): boolean => /^[^&@*()?]+$/.test(part);
const closing = (part: string): boolean => part.split("|").some((w) => CLOSING.has(w.replace(/\?$/, "")));

/**
 * The passive form of an active pattern "verb [particle] * object…", or null when the pattern has
 * no object phrase to put first.
 * @example passivePattern("carry out * &attack"); // "&attack * be|being * carry out"
 */
export function passivePattern(pattern: string): string | null {
  const parts = patternParts(pattern);
  // "receive * &weapon from @source": the one "by" names received, so the roles would turn round.
  if (parts.includes("@source")) return null;
  const verb = parts[0];
  if (verb === undefined || !/^[^@*()?]+$/.test(verb) || verb.includes("-")) return null;
  let at = 1;
  while (at < parts.length && plain(parts[at]!) && PARTICLES.has(parts[at]!)) at++;
  const verbPhrase = parts.slice(0, at);
  if (parts[at] === "*") at++;
  const object: string[] = [];
  for (; at < parts.length; at++) {
    const part = parts[at]!;
    if (part.startsWith("@") || part.startsWith("(") || closing(part)) break;
    object.push(part);
  }
  while (object.length > 0 && (object[object.length - 1] === "*" || object[object.length - 1]!.endsWith("?")))
    object.pop();
  const first = object[0];
  if (first === undefined || !/^&?[a-z][a-z|-]*$/i.test(first) || PARTICLES.has(first)) return null;
  return [...object, "*", PASSIVE_BE, "*", ...verbPhrase].join(" ");
}

/**
 * True when a passive-form match ends in a participle reached from its "be" across adverbs alone:
 * "the deal was formally signed", not "sanctions are hitting" nor "the deal is expected to be
 * signed" (an expectation, not the act) nor "was not signed" (a denial the noun trigger would hide).
 * @example passiveParticiple(tokens, match.start, match.end) // "the pact was signed" → true
 */
export function passiveParticiple(tokens: readonly Token[], start: number, end: number): boolean {
  let verb = end - 1;
  while (verb > start && PARTICLES.has(tokens[verb]!.lower) && tokens[verb]!.pos !== "VERB") verb--;
  const v = tokens[verb];
  if (
    v === undefined ||
    (v.lower === v.lemma && !SAME_PARTICIPLE.has(v.lower)) ||
    v.lower.endsWith("ing") ||
    v.lower.endsWith("s")
  )
    return false;
  let be = verb - 1;
  for (; be > start; be--) {
    const t = tokens[be]!;
    if (BE_FORMS.has(t.lower)) break;
    if (t.pos !== "ADV" || NEGATIONS.has(t.lower)) return false;
  }
  if (be === start) return false;
  // Between the object and its "be" only the object's own phrase and "has": "the deal is expected
  // to be signed" and "the pact will be signed" tell of no act yet.
  for (let j = start + 1; j < be; j++) {
    const t = tokens[j]!;
    // "the ambassador to Niger was recalled": a "to" before a name is the object's own complement.
    const infinitive = t.lower === "to" && !["PROPN", "DET", "ADJ"].includes(tokens[j + 1]?.pos ?? "");
    if (t.pos === "VERB" || infinitive || NEGATIONS.has(t.lower)) return false;
    if (t.pos === "AUX" && !PERFECT.has(t.lower)) return false;
  }
  return true;
}

/**
 * True when "by" follows the passive within a few words: without an agent the object-first reading
 * codes nothing, and must not crowd out the verb's own rule ("rockets were fired from Gaza", whose
 * origin acts, is the verb rule's).
 * @example agentFollows(tokens, match.end) // "… was signed by Ethiopia" → true
 */
export function agentFollows(tokens: readonly Token[], end: number): boolean {
  for (let j = end; j < tokens.length && j - end <= 6; j++) {
    const w = tokens[j]!.lower;
    if (w === "by") return true;
    if (w === "," || w === ";" || tokens[j]!.pos === "VERB") return false;
  }
  return false;
}

const NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "n't"]);
// Verbs whose participle is their base form: "the tanker was hit", "links were cut".
const SAME_PARTICIPLE: ReadonlySet<string> = new Set([
  "hit",
  "cut",
  "shut",
  "put",
  "set",
  "hurt",
  "cast",
  "burst",
]);
const PERFECT: ReadonlySet<string> = new Set(["has", "have", "had"]);

// Words that open a clause whose subject and "be" may go unsaid: "if attacked", "when provoked".
const ELLIPSIS_OPENERS: ReadonlySet<string> = new Set(["if", "unless", "when", "once", "whenever"]);

/**
 * True for a participle standing for a whole passive clause: in "Iran said it would close the
 * strait if attacked", Iran would be the one attacked, by someone unnamed or named after "by"; a
 * condition, not an act.
 * @example ellipticalPassive(tokens, trigger) // at "attacked" in "… if attacked." → true
 */
export function ellipticalPassive(tokens: readonly Token[], trigger: number): boolean {
  const t = tokens[trigger]!;
  return (
    ELLIPSIS_OPENERS.has(tokens[trigger - 1]?.lower ?? "") &&
    /[a-z]{2}(?:ed|en)$/.test(t.lower) &&
    !["DET", "PROPN", "PRON", "NOUN", "NUM"].includes(tokens[trigger + 1]?.pos ?? "")
  );
}

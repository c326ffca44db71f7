/**
 * Where a reporting frame's content starts and ends: the comma before a closing attribution, the
 * tail after it, the "that" a reported clause opens with, and the comma or semicolon it runs to.
 *
 * @example
 * previousComma(tokens, 7); // "Pyongyang rejected the letter, Seoul said" → 4
 */
import type { Token } from "../core/types.js";

/** The comma before a closing attribution, or -1 when a verb comes first. @example previousComma(tokens, i) // "…, Seoul said" → the comma's index */
export function previousComma(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    if (tokens[j]!.lower === ",") return j;
    // "…, a statement issued by the ministry said": a passive participle belongs to the speaker.
    const participle = /(ed|en)$/.test(tokens[j]!.lower) && tokens[j + 1]?.lower === "by";
    if (tokens[j]!.pos === "VERB" && !participle) return -1;
  }
  return -1;
}

/**
 * True when only time words, phrases without a verb and punctuation follow: "…, officials said on
 * Wednesday.", "…, Zelensky said in a video address." (a "verb" after a determiner or an adjective
 * is a noun the tagger missed).
 * @example restIsTail(tokens, i) // "…, officials said on Wednesday." → true
 */
export function restIsTail(tokens: readonly Token[], from: number): boolean {
  // A reported clause never opens with a preposition: after "said in …" a noun may stand before it too.
  const openers = tokens[from]?.pos === "ADP" ? PHRASE_NOUN_OPENERS : NOUN_OPENERS;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === "that") return false;
    // "…, in a sign of improving ties": a gerund after a preposition is a noun.
    const gerund = t.lower.endsWith("ing") && tokens[j - 1]?.pos === "ADP";
    if (t.pos === "VERB" && !openers.has(tokens[j - 1]?.pos ?? "") && !gerund) return false;
    // "…, while Moscow said the Vatican was not a suitable venue": a finite "was" opens a clause.
    if (t.pos === "AUX" && j > from) return false;
  }
  return true;
}

const NOUN_OPENERS: ReadonlySet<string> = new Set(["DET", "ADJ"]);
const PHRASE_NOUN_OPENERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN"]);

/** The first token of reported content after a frame verb. @example skipToContent(tokens, i) // "said on Wednesday that …" → after "that" */
export function skipToContent(tokens: readonly Token[], from: number): number {
  // "told reporters that", "said on Wednesday that", "told Putin in a phone call that": step over
  // a short verbless phrase to "that".
  // "claimed responsibility for a bombing that killed …": past a plain object, "that" opens a
  // relative clause, unless the verb tells someone or the object is a report ("denied reports that").
  const object =
    ["NOUN", "DET", "PRON"].includes(tokens[from]?.pos ?? "") &&
    !TELLING.has(tokens[from - 1]?.lemma ?? "") &&
    !TIME_WORDS.has(tokens[from]!.lower);
  for (let k = from; k < tokens.length && k - from <= 7; k++) {
    const t = tokens[k]!;
    if (t.lower === "that") return !object || CONTENT_NOUNS.has(tokens[k - 1]?.lemma ?? "") ? k + 1 : from;
    if (!["NOUN", "DET", "PRON", "PROPN", "ADV", "ADP", "NUM"].includes(t.pos)) break;
  }
  // "told reporters the two sides had agreed": the one told is not the reported clause's subject.
  if (tokens[from - 1]?.lemma === "tell") from = pastAddressee(tokens, from);
  let j = from;
  while (j < tokens.length && ["that", ",", "on", "in", "late", "early"].includes(tokens[j]!.lower)) j++;
  return j;
}

// Verbs whose object is the one told, before "that": "warned Washington that", "assured Kim that".
const TELLING: ReadonlySet<string> = new Set([
  "tell",
  "inform",
  "assure",
  "reassure",
  "warn",
  "remind",
  "notify",
  "advise",
  "promise",
  "brief",
  "convince",
  "persuade",
  "caution",
  "alert",
  "show",
]);
const TIME_WORDS: ReadonlySet<string> = new Set(["today", "yesterday", "tonight", "this", "last"]);
// Nouns whose "that" clause is their content: "denied reports that", "rejected claims that".
const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  "report",
  "claim",
  "allegation",
  "accusation",
  "suggestion",
  "rumour",
  "rumor",
  "assertion",
  "charge",
  "speculation",
  "statement",
  "view",
  "fact",
  "belief",
  "idea",
  "notion",
]);

// Nouns for those a speaker tells: "told reporters", "told journalists", "told lawmakers".
const ADDRESSEES: ReadonlySet<string> = new Set([
  "reporter",
  "journalist",
  "lawmaker",
  "parliament",
  "audience",
  "crowd",
]);

/** Past "reporters" or "a news conference" right after "told", when a new subject follows. */
function pastAddressee(tokens: readonly Token[], from: number): number {
  let j = from;
  while (j < tokens.length && j - from < 3 && ["DET", "ADJ"].includes(tokens[j]!.pos)) j++;
  if (!ADDRESSEES.has(tokens[j]?.lemma ?? "") && !ADDRESSEES.has(tokens[j]?.lower.replace(/s$/, "") ?? ""))
    return from;
  const next = tokens[j + 1];
  return next && ["DET", "PROPN", "PRON", "NOUN", "NUM"].includes(next.pos) ? j + 1 : from;
}

/** Reported content runs to a semicolon, or to a comma that opens a new main clause (", she indicated"). @example clauseEnd(tokens, from) */
export function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === ";") return j;
    // "said the sanctions violated its sovereignty and vowed to retaliate": the vow is the speaker's.
    if (
      (t.lower === "and" || t.lower === "but") &&
      tokens[j - 1]?.lower !== "," &&
      speakersNextAct(tokens, j - 1)
    )
      return j;
    if (t.lower !== ",") continue;
    if (speakersNextAct(tokens, j)) return j;
    for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
      const next = tokens[k]!;
      if (next.pos === "VERB" || next.pos === "AUX") {
        if (k > j + 1 && ["PRON", "PROPN", "NOUN"].includes(tokens[k - 1]!.pos)) return j;
        break;
      }
    }
  }
  return tokens.length;
}

/**
 * The comma closing a leading "according to …" phrase within a few words of `from`, else `from`.
 * @example closingComma(tokens, speaker.span.end) // "According to aid workers in Nairobi, …" → index of ","
 */
export function closingComma(tokens: readonly Token[], from: number): number {
  for (let j = from; j < tokens.length && j - from <= 6; j++) {
    if (tokens[j]!.lower === ",") return j;
  }
  return from;
}

// Verbs of speaking and judging: after a reported clause, ", and accused Manila of provocation" is
// what the speaker went on to say, not more of what was reported.
const SPEECH_ACTS: ReadonlySet<string> = new Set([
  "accuse",
  "urge",
  "call",
  "demand",
  "warn",
  "vow",
  "pledge",
  "promise",
  "condemn",
  "criticise",
  "criticize",
  "blame",
  "denounce",
  "insist",
  "reiterate",
  "deny",
  "reject",
  "dismiss",
  "appeal",
  "ask",
  "add",
  "say",
  "praise",
  "welcome",
  "describe",
  "express",
]);

/**
 * True when "and accused …" or ", but warned …" follows the token at `comma` (a comma or the last
 * word of a reported clause): the speaker's next act.
 * @example speakersNextAct(tokens, 9) // "said the vessel had rammed a ship, and accused Manila" → true
 */
export function speakersNextAct(tokens: readonly Token[], comma: number): boolean {
  if (!["and", "but"].includes(tokens[comma + 1]?.lower ?? "")) return false;
  let k = comma + 2;
  while (tokens[k]?.pos === "ADV") k++;
  const verb = tokens[k];
  return (
    verb !== undefined &&
    verb.pos === "VERB" &&
    verb.lower !== verb.lemma &&
    !verb.lower.endsWith("ing") &&
    SPEECH_ACTS.has(verb.lemma)
  );
}

const SAYING: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "report",
  "claim",
  "state",
  "announce",
  "allege",
]);

/**
 * The verb of saying whose speaker goes on with ", and accused …" at `comma`, or null: the act after
 * the reported clause is the speaker's, not the reported subject's.
 * @example speakerVerbBefore(tokens, 9) // "Chinese officials said the vessel had rammed a ship, and accused" → 2
 */
export function speakerVerbBefore(tokens: readonly Token[], comma: number): number | null {
  if (!speakersNextAct(tokens, comma)) return null;
  // The sentence's first verb: "On Tuesday, Chinese officials said …" and not a later "said" inside the report.
  for (let k = 0; k < comma; k++) {
    const t = tokens[k]!;
    if (t.lower === ";") return null;
    if (t.pos !== "VERB") continue;
    if (!SAYING.has(t.lemma)) return null;
    // "KCNA said that Kim had inspected a factory and called for …": with no comma, the verb after
    // "and" goes on the clause "that" opened, whose subject acts again.
    return tokens[comma]?.lower !== "," && thatAfter(tokens, k) ? null : k;
  }
  return null;
}

/** True when "that" opens the clause after the verb at `k`, past an adverb or a date ("said on Wednesday that"). */
function thatAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    if (tokens[j]!.lower === "that") return true;
    if (tokens[j]!.pos === "VERB" || tokens[j]!.lower === ",") return false;
  }
  return false;
}

/** True when one of `lemmas` stands within three words before `i`. @example precededBy(tokens, i, ["decline"]) // "declined to comment" → true at "comment" */
export function precededBy(tokens: readonly Token[], i: number, lemmas: readonly string[]): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (lemmas.includes(tokens[j]!.lemma)) return true;
  return false;
}

/** The words from `from` up to `to`, as written. @example negatorText(tokens, 1, 3) // "did not" */
export function negatorText(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(" ");
}

/** "alleged" → "allege", "claimed" → "claim" when that lemma is a reporting verb. @example reportLemmaOf("alleged", new Set(["allege"])) // "allege" */
export function reportLemmaOf(word: string, report: ReadonlySet<string>): string | null {
  if (!word.endsWith("ed")) return null;
  for (const lemma of [word.slice(0, -1), word.slice(0, -2)]) if (report.has(lemma)) return lemma;
  return null;
}

/** True for a passive frame verb: "was confirmed", "has been denied". @example isPassiveFrame(tokens, 2) // "It was confirmed" → true */
export function isPassiveFrame(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && tokens[j]!.pos === "ADV") j--;
  return tokens[j]?.lemma === "be" || tokens[j]?.lower === "been";
}

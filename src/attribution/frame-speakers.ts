/**
 * Who speaks in a reporting frame when the speaker stands before the verb: right before it, past
 * an apposition ("The Syrian Observatory, a UK-based group …, said"), or at the head of a subject
 * that its modifiers push far from the verb ("Militants loyal to al-Zarqawi said they …").
 *
 * @example
 * speakerBefore(tokens, verbStart, endingAt)?.text; // "Seoul said …" → "Seoul"
 */
import type { ActorMention, Token } from "../core/types.js";
import type { ReportingFrame } from "./reporting-frames.js";

const BETWEEN_SPEAKER_AND_VERB = new Set(["AUX", "ADV", "PART", "ADP", "PROPN", "NUM", "NOUN", "DET"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we"]);

/**
 * The speaker ending right before the verb group, or before an apposition set off by commas.
 * @example speakerBefore(tokens, verbStart, endingAt)?.text // "the World Food Program (WFP) said" → "World Food Program"
 */
export function speakerBefore(
  tokens: readonly Token[],
  verbStart: number,
  endingAt: ReadonlyMap<number, ActorMention>,
): ActorMention | null {
  // "The Syrian Observatory, a UK-based group that tracks the war, said": step over the apposition.
  if (tokens[verbStart - 1]?.lower === ",") {
    for (let k = verbStart - 2; k >= 0 && verbStart - k <= 16; k--) {
      if (tokens[k]!.lower !== ",") continue;
      const m = endingAt.get(k);
      if (m && !m.possessive) return m;
      break;
    }
  }
  // "Pakistan, which denies supporting militants, …": a relative's subject is the name before it.
  if (relativeSubjectAt(tokens, verbStart)) {
    const m = endingAt.get(verbStart - 2);
    if (m && !m.possessive) return m;
  }
  for (let j = verbStart; j >= 0 && verbStart - j <= 4; j--) {
    const m = endingAt.get(j);
    if (m && !m.possessive) return placedSpeaker(tokens, m, endingAt);
    const t = tokens[j - 1];
    // "the World Food Program (WFP) said": an acronym in parentheses sits between speaker and verb.
    if (!t || (!BETWEEN_SPEAKER_AND_VERB.has(t.pos) && t.lower !== "(" && t.lower !== ")")) return null;
  }
  return null;
}

/**
 * Where the content of a frame in a relative clause ends: "Rwanda, which denies backing the M23,
 * called for talks" denies nothing past the comma that closes the relative.
 * @example relativeClauseEnd(tokens, 4, 12) // → 7, the closing comma
 */
export function relativeClauseEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let j = from; j < end; j++) if (tokens[j]!.lower === ",") return j;
  return end;
}

/**
 * True when ", which" or ", who" opens the verb group at `verbStart`, whose subject is the name
 * before the comma. @example relativeSubjectAt(tokens, 3) // "Pakistan, which denies …" → true
 */
export function relativeSubjectAt(tokens: readonly Token[], verbStart: number): boolean {
  return RELATIVE_SUBJECTS.has(tokens[verbStart - 1]?.lower ?? "") && tokens[verbStart - 2]?.lower === ",";
}

const SPEAKERS_PLACE = new Set(["in", "at"]);
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(["which", "who"]);

/**
 * "relief officials in Nairobi said": a place after "in" or "at" is where the speaker is; the
 * speaker is the actor before it, and an unnamed one ("residents in Goma said") is no actor.
 */
function placedSpeaker(
  tokens: readonly Token[],
  m: ActorMention,
  endingAt: ReadonlyMap<number, ActorMention>,
): ActorMention | null {
  let p = m.span.start - 1;
  if (tokens[p]?.lower === "the") p--;
  if (!SPEAKERS_PLACE.has(tokens[p]?.lower ?? "")) return m;
  const head = endingAt.get(p);
  if (head && !head.possessive) return head;
  return tokens[p - 1]?.pos === "NOUN" ? null : m;
}

/** The first actor of the sentence when nothing but its modifiers stands between it and the verb. */
function clauseOpener(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  verbStart: number,
): ActorMention | null {
  // Mentions come in token order and do not overlap, so the sentence's opener is the only candidate.
  const first = sentenceSubject(mentions);
  if (!first || first.span.end > verbStart || verbStart - first.span.end > 16) return null;
  for (let j = first.span.end; j < verbStart; j++) {
    const t = tokens[j]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.lower === "," || t.lower === "that" || t.lower === "who")
      return null;
  }
  return first;
}

/**
 * "Militants loyal to al-Zarqawi said they …": a subject pronoun after the verb opens the content,
 * so the speaker is the clause's subject, however far its modifiers push it from the verb; a
 * speaker after the verb needs a comma before it ("…, said a spokesman").
 * @example speakerBeforePronoun(tokens, mentions, verb, verbStart)?.text // "Militants"
 */
export function speakerBeforePronoun(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  verb: number,
  verbStart: number,
): ActorMention | null {
  if (tokens[verb - 1]?.lower === "," || !SUBJECT_PRONOUNS.has(tokens[verb + 1]?.lower ?? "")) return null;
  return clauseOpener(tokens, mentions, verbStart);
}

/**
 * The actor that opens the sentence ("She said …", "The White House said …"), the subject of its
 * main clause; null when the sentence opens otherwise.
 * @example sentenceSubject(mentions)?.text // "France on Wednesday accused …, but said …" → "France"
 */
export function sentenceSubject(mentions: readonly ActorMention[]): ActorMention | null {
  const first = mentions.find((m) => !m.possessive);
  return first && first.span.start <= 2 ? first : null;
}

// What a source issues: "according to a statement from Modi's office", "a readout released by the White House".
// biome-ignore format: word list
const DOCUMENTS: ReadonlySet<string> = new Set([
  "statement", "readout", "transcript", "communique", "communiqué", "release", "report", "summary",
  "account", "post", "letter", "note", "notice", "bulletin", "broadcast", "announcement", "video",
]);
const AUTHOR_WORDS: ReadonlySet<string> = new Set(["from", "by", "of"]);

/**
 * The one who issued the document an "according to" names: "according to a statement from Modi's
 * office", "according to a readout released by the White House"; null when none is named.
 * @example documentAuthor(tokens, 7, startingAt)?.text // "…, according to a statement from Modi's office" → "Modi's office"
 */
export function documentAuthor(
  tokens: readonly Token[],
  from: number,
  startingAt: ReadonlyMap<number, ActorMention>,
): ActorMention | null {
  let document = false;
  for (let j = from; j < tokens.length && j - from <= 6; j++) {
    const t = tokens[j]!;
    if (DOCUMENTS.has(t.lemma) && t.pos === "NOUN") document = true;
    else if (document && AUTHOR_WORDS.has(t.lower))
      return startingAt.get(j + 1) ?? startingAt.get(j + 2) ?? null;
    else if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "VERB" && !(document && t.pos === "ADV"))
      return null;
  }
  return null;
}

const STATE_OUTLET = /^(?:the\s+)?state(?:[-\s](?:run|owned|controlled))?\s/i;

/**
 * "Venezuelan authorities arrested two Colombians, state television reported": a state outlet named
 * without its country is the state's the sentence first names (Venezuela's), not an unknown one.
 * @example withOutletCountries(frames, mentions)[0]?.reporterCountry // "VEN"
 */
export function withOutletCountries(
  frames: ReportingFrame[],
  mentions: readonly ActorMention[],
): ReportingFrame[] {
  for (let k = 0; k < frames.length; k++) {
    const reporter = frames[k]!.reporter;
    if (!reporter || reporter.actor.country || !STATE_OUTLET.test(reporter.text)) continue;
    const named = mentions.find((m) => m !== reporter && m.actor.country);
    if (named?.actor.country) frames[k] = { ...frames[k]!, reporterCountry: named.actor.country };
  }
  return frames;
}

// Parts of speech of a subject that names no actor: "Reports said …", "Sources told …", "Smith said …".
const NAMELESS_SUBJECT: ReadonlySet<string> = new Set(["NOUN", "PROPN", "PRON"]);

/**
 * The actor right after a frame verb when it is the speaker ("…, said Iran's foreign minister"),
 * or null: in "Reports said Israel and Syria had held talks" a subject no actor names stands before
 * the verb, so the actor after it opens the report and does not say it.
 * @example speakerAfterVerb(tokens, 1, israel) // "Reports said Israel …" → null
 */
export function speakerAfterVerb(
  tokens: readonly Token[],
  verbStart: number,
  after: ActorMention | undefined,
): ActorMention | null {
  return after && !NAMELESS_SUBJECT.has(tokens[verbStart - 1]?.pos ?? "") ? after : null;
}

/**
 * Who plays a role that the plain subject and object search does not find: the main subject of an
 * adverbial participle or a coordinated verb, a gerund's subject, an unnamed addressee, the actor a
 * threat's condition names, a topic, an accident, a participle that only describes its noun, and
 * the implied country that stands in for an actor the text does not name. Pure functions over one
 * sentence's tokens and mentions.
 *
 * @example
 * participleHost(tokens, trigger); // ", killing eight people" → the index of "bombarded"
 */
import type { AttributionCues } from "../attribution/attribution-cues.js";
import { speakerVerbBefore } from "../attribution/frame-content.js";
import type { ActorMention, Token } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";

/** Parts of speech a noun phrase runs over before its head. @example NOUN_PHRASE_POS.has("ADJ") // true */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "ADV", "NOUN"]);

/**
 * "urged Western allies to send …": the request names someone the knowledge base does not know, so
 * it is not aimed at the requester's own state.
 * @example unknownAddressee(tokens, trigger + 1, mentions) // "urged Western allies to" → true
 */
export function unknownAddressee(
  tokens: readonly Token[],
  from: number,
  mentions: readonly ActorMention[],
): boolean {
  // "called on its allies to supply shells": "on" may lead to the addressee, and the source's own
  // "its" names no one.
  const start = ["on", "upon"].includes(tokens[from]?.lower ?? "") ? from + 1 : from;
  for (let i = start; i < tokens.length && i - start <= 5; i++) {
    const t = tokens[i]!;
    if (t.lower === "to") {
      // "urged him to restore peace": a pronoun names someone, if not whom.
      const named = i > start && ["NOUN", "PROPN", "PRON"].includes(tokens[i - 1]!.pos);
      return named && !mentions.some((m) => m.span.start >= start && m.span.start < i && !ownPossessive(m));
    }
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(t.pos) && !(t.pos === "PRON" && i === start))
      return false;
  }
  return false;
}

/** "its", "their": a possessive pronoun standing for an actor already named. */
const ownPossessive = (m: ActorMention) => m.coreferent && m.possessive && m.span.end - m.span.start === 1;

/**
 * The actors after "if"/"unless"/"until" later in the sentence, other than the threat's own source:
 * the first one and those coordinated with it ("if the United States and South Korea go ahead").
 * @example conditionActors(tokens, trigger, mentions, sources)[0]?.text // "if the United States goes ahead" → "the United States"
 */
export function conditionActors(
  tokens: readonly Token[],
  trigger: number,
  mentions: readonly ActorMention[],
  sources: readonly ActorMention[],
): ActorMention[] {
  for (let i = trigger + 1; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w !== "if" && w !== "unless" && w !== "until") continue;
    const ownCountries = new Set(sources.map((s) => s.actor.country));
    // "if NATO deploys troops": an international organisation is named as a state is.
    const eligible = (x: ActorMention) =>
      x.actor.country !== null
        ? !ownCountries.has(x.actor.country)
        : x.actor.code.startsWith("IGO") && !sources.some((s) => s.actor.code === x.actor.code);
    const m = mentions.find((x) => x.span.start > i && x.span.start - i <= 6 && eligible(x));
    if (!m) return [];
    const named = [m];
    for (let last = m; tokens[last.span.end]?.lower === "and"; ) {
      const at = tokens[last.span.end + 1]?.lower === "the" ? last.span.end + 2 : last.span.end + 1;
      const next = mentions.find((x) => x.span.start === at);
      if (!next || !eligible(next)) break;
      named.push(next);
      last = next;
    }
    return named;
  }
  return [];
}

/** True for an actor named as a topic: "on North Korea", "over the Iranian nuclear programme". @example topicOf(tokens, mention) // "on North Korea" → true */
export function topicOf(tokens: readonly Token[], m: ActorMention): boolean {
  let j = m.span.start - 1;
  while (j >= 0 && ["the", "a", "an"].includes(tokens[j]!.lower)) j--;
  return ["on", "over", "about", "regarding", "concerning"].includes(tokens[j]?.lower ?? "");
}

/** Cooperative roots whose coordinated subjects act towards each other when no one else is named. @example RECIPROCAL_ROOTS.has("08") // true */
export const RECIPROCAL_ROOTS = new Set(["03", "04", "05", "06", "08"]);

/** CAMEO roots of physical harm, which an accident can also cause. @example HARM_ROOTS.has("19") // true */
export const HARM_ROOTS = new Set(["18", "19", "20"]);

/** True when "by", "in" or "after" right after the trigger names an accident or a natural cause. @example accidentalCause(tokens, match.end, cues) // "killed in a car crash" → true */
export function accidentalCause(tokens: readonly Token[], from: number, cues: AttributionCues): boolean {
  for (let i = from; i < tokens.length && i - from <= 8; i++) {
    const w = tokens[i]!.lower;
    if (w === "," || w === ";") return false;
    if (w !== "by" && w !== "in" && w !== "after" && w !== "during") continue;
    for (let j = i + 1; j < tokens.length && j - i <= 6; j++) {
      const t = tokens[j]!;
      if (cues.accidentalCauses.includes(t.lemma) || cues.accidentalCauses.includes(t.lower)) return true;
      if (t.pos === "VERB" || t.pos === "ADP" || t.lower === ",") break;
    }
  }
  return false;
}

// Natural causes the shared cues do not list, which kill as subjects: "the virus has killed".
const NATURAL_SUBJECTS: ReadonlySet<string> = new Set(["virus", "pandemic", "blaze", "famine", "drought"]);

/**
 * True when the noun right before the trigger (past auxiliaries and adverbs) is an accident or a
 * natural cause: "The earthquake killed 300 people".
 * @example accidentalSubject(tokens, trigger, cues) // "The virus has killed" → true
 */
export function accidentalSubject(tokens: readonly Token[], trigger: number, cues: AttributionCues): boolean {
  let j = trigger - 1;
  while (j >= 0 && (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "ADV")) j--;
  const t = tokens[j];
  if (t?.pos !== "NOUN") return false;
  return cues.accidentalCauses.includes(t.lemma) || NATURAL_SUBJECTS.has(t.lemma);
}

/** The implied domestic target of an event: the source's own country, marked as implied. @example domesticTarget(source).text // "(KOR, implied)" */
export function domesticTarget(source: ActorMention): ActorMention {
  return impliedCountry(source, "implied-domestic-target");
}

/** The country of a mention standing in for an actor the text does not name, marked as implied. @example impliedCountry(location, "implied-location-source").text // "(IRQ, implied)" */
export function impliedCountry(mention: ActorMention, entryId: string): ActorMention {
  const country = mention.actor.country!;
  return {
    ...mention,
    text: `(${country}, implied)`,
    kind: "country",
    actor: { code: country, country, sector: null, name: null, actorId: `country:${country}` },
    entryIds: [entryId],
    coreferent: false,
    personId: null,
    group: undefined,
    possessive: false,
  };
}

/** The main verb an adverbial participle (", killing …", ", accusing …") hangs on, if any. @example participleHost(tokens, trigger) // ", killing eight people" → index of "bombarded" */
export function participleHost(tokens: readonly Token[], trigger: number): number | null {
  if (!tokens[trigger]!.lower.endsWith("ing")) return null;
  return commaParticipleHost(tokens, trigger);
}

/**
 * The main verb a participle set off by a comma hangs on, whatever its form: ", killing …",
 * ", brokered by Qatar". @example commaParticipleHost(tokens, trigger) // ", brokered by Trump" → index of "signed"
 */
export function commaParticipleHost(tokens: readonly Token[], trigger: number): number | null {
  if (tokens[trigger - 1]?.lower !== ",") return null;
  for (let j = trigger - 2; j >= 0 && trigger - j <= 30; j--) {
    const t = tokens[j]!;
    if (t.lower === ";" || t.lower === ":") return null;
    if (t.pos === "VERB" && !(t.lower.endsWith("ing") && tokens[j - 1]?.lower === ",")) {
      // "the Syrian-backed militia", "government-held part": a hyphenated participle is an adjective.
      if (tokens[j - 1]?.lower === "-") continue;
      // "ordered three diplomats to leave the country, accusing them …": an infinitive's subject
      // may be the object of the verb that governs it; the participle hangs on that verb.
      if (tokens[j - 1]?.lower === "to") continue;
      return j;
    }
  }
  return null;
}

/**
 * "Moscow would hand over the bodies … and had proposed ceasefires": a verb coordinated with an
 * earlier one shares its subject; the object of the first verb is not the second's subject.
 * @example coordinatedHost(tokens, trigger) // "… and had proposed" → index of "hand"
 */
export function coordinatedHost(tokens: readonly Token[], trigger: number): number | null {
  let j = trigger - 1;
  let auxiliary = false;
  while (j >= 0 && ["AUX", "ADV", "PART"].includes(tokens[j]!.pos)) {
    if (tokens[j]!.pos !== "ADV") auxiliary = true;
    j--;
  }
  if (!["and", "but", "or"].includes(tokens[j]?.lower ?? "")) return null;
  // "officials said the vessel had rammed a ship, and accused Manila of provocation": after a
  // reported clause, the speaker's next act pairs with the verb of saying.
  const saying = trigger === j + 1 ? speakerVerbBefore(tokens, j - 1) : null;
  if (saying !== null) return saying;
  // "replied that the two sides should create … and urged the North": a finite past verb does not
  // pair with a bare verb under a modal or "to"; it pairs with a finite verb further left.
  const v = tokens[trigger]!;
  const finitePast = !auxiliary && v.lower !== v.lemma && !v.lower.endsWith("ing");
  for (let k = j - 1; k >= 0 && j - k <= 20; k--) {
    const t = tokens[k]!;
    if (t.lower === ";" || t.lower === ":" || (t.lower === "," && tokens[k + 1]?.pos === "PRON")) return null;
    if (finitePast && t.pos === "VERB" && bareUnderModal(tokens, k)) continue;
    // "denied obstructing aid and accused the army": a finite verb pairs with the verb a gerund
    // complements, not with the gerund.
    if (finitePast && t.pos === "VERB" && t.lower.endsWith("ing") && tokens[k - 1]?.pos === "VERB") continue;
    if (t.pos === "VERB" && tokens[k - 1]?.lower !== "-") return k;
    // "said he had good memories of Trump and would be willing": wink tags a main-verb "have" or
    // "be" as an auxiliary.
    if (
      t.pos === "AUX" &&
      (t.lemma === "have" || t.lemma === "be") &&
      !["VERB", "AUX", "PART", "ADV"].includes(tokens[k + 1]?.pos ?? "")
    )
      return k;
  }
  return null;
}

const MODALS: ReadonlySet<string> = new Set([
  "should",
  "would",
  "could",
  "will",
  "can",
  "must",
  "may",
  "might",
  "to",
]);

/** True for a verb in its bare form right after a modal or "to", past adverbs: "should create". */
function bareUnderModal(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.lower !== t.lemma) return false;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.pos === "ADV") j--;
  return MODALS.has(tokens[j]?.lower ?? "");
}

/**
 * The index after the adverbs before `at`: "of deliberately ramming" → the index of "deliberately".
 * @example beforeAdverbs(tokens, 5) // 4 when token 4 is "deliberately" and token 3 is "of"
 */
export function beforeAdverbs(tokens: readonly Token[], at: number): number {
  let j = at;
  while (j > 0 && tokens[j - 1]!.pos === "ADV" && at - j < 2) j--;
  return j;
}

const GERUND_OBJECT: ReadonlySet<string> = new Set(["NOUN", "PROPN", "DET", "ADJ", "NUM"]);
const SUSPECTING = new Set(["suspected", "accused", "convicted", "charged", "guilty"]);

/** "accused Russia of making demands": the actor before "of"/"for" is the gerund's subject. @example gerundSubject(syntax, tokens, trigger)?.[0]?.text // "accused Russia of making" → "Russia" */
export function gerundSubject(
  syntax: SentenceSyntax,
  tokens: readonly Token[],
  trigger: number,
): ActorMention[] | null {
  // "condemned Pyongyang for sending troops to help Russia": the gerund's subject acts again.
  if (tokens[trigger - 1]?.lower === "to") {
    let j = trigger - 2;
    while (j > 0 && trigger - j <= 6 && GERUND_OBJECT.has(tokens[j]!.pos)) j--;
    return j < trigger - 2 && tokens[j]!.pos === "VERB" ? gerundSubject(syntax, tokens, j) : null;
  }
  // "accused Manila of deliberately ramming": adverbs between the preposition and the gerund.
  const at = beforeAdverbs(tokens, trigger);
  const prep = tokens[at - 1]?.lower;
  if ((prep !== "of" && prep !== "for") || !tokens[trigger]!.lower.endsWith("ing")) return null;
  // "arrested a Palestinian suspected of stabbing two settlers": the suspect is the one said to act.
  const suspect = SUSPECTING.has(tokens[at - 2]?.lower ?? "") ? syntax.endingAt(at - 2) : undefined;
  if (suspect && prep === "of") return [suspect];
  const m = syntax.endingAt(at - 1);
  if (!m) return null;
  let v = m.span.start - 1;
  while (v >= 0 && ["DET", "ADJ", "NUM"].includes(tokens[v]!.pos)) v--;
  return tokens[v]?.pos === "VERB" ? [m] : null;
}

// Words after which a participle only describes the noun after it: "the exiled Tibetan leader urged …".
const NOUN_OPENERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "two",
  "three",
]);

/**
 * True when the verb-tagged token at `at` is a past participle opening a noun phrase: after an
 * article or possessive, or first in the sentence.
 * @example attributiveParticiple(tokens, 0) // "Jailed activist Nabeel Rajab went on hunger strike" → true
 */
export function attributiveParticiple(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.pos !== "VERB" || !/(ed|en)$/.test(t.lower)) return false;
  return at === 0 || NOUN_OPENERS.has(tokens[at - 1]!.lower);
}

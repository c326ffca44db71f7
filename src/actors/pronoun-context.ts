/**
 * The clause around a pronoun: whether a mention is its own clause's subject or a speaker, and
 * whether the sentence before names a thing ("The resolution …", "adopted a resolution") that a
 * leading "it" stands for rather than an actor further back.
 *
 * @example
 * namesAThing(previous, prior, tokens, 0); // "The resolution caps imports. It also bars …" → true
 */
import type { ActorMention, Sentence, Token } from "../core/types.js";

// Words that open a new clause, whose subject an object pronoun may take again.
const CLAUSE_OPENERS = new Set([
  "that",
  "who",
  "which",
  "because",
  "after",
  "before",
  "when",
  "while",
  "if",
  "since",
  "until",
  "as",
  "although",
  ",",
  ";",
]);
const SPEECH = new Set(["say", "tell", "warn", "insist", "claim", "add", "declare", "vow", "argue"]);

/** "Police used …", "Police quickly dispersed …": a mention right before its verb, with no new clause up to `to`. @example isClauseSubject(tokens, police, 7) // true */
export function isClauseSubject(tokens: readonly Token[], m: ActorMention, to: number): boolean {
  let j = m.span.end;
  if (tokens[j]?.pos === "ADV") j++;
  const verb = tokens[j];
  if (!verb || (verb.pos !== "VERB" && verb.pos !== "AUX")) return false;
  // "He told him": the object of the subject's own verb.
  if (to === j + 1) return true;
  for (let k = m.span.end; k < to; k++) {
    const t = tokens[k]!;
    if (CLAUSE_OPENERS.has(t.lower) || SPEECH.has(t.lemma)) return false;
  }
  return true;
}

/** "Kim said …": a mention followed by a verb of speech. @example isSpeaker(tokens, kim) // true */
export function isSpeaker(tokens: readonly Token[], m: ActorMention): boolean {
  return SPEECH.has(tokens[m.span.end]?.lemma ?? "");
}

/**
 * Who said the clause that holds token `at`, when the speech verb is not right after him: "Tusk,
 * after meeting Zelensky, said his government …" (the mention before a comma-set aside), "Erdogan met
 * Putin and said his country …" (the sentence's subject, the verb coordinated with its first).
 * @example saidBy(tokens, here, 9) // Tusk
 */
export function saidBy(
  tokens: readonly Token[],
  here: readonly ActorMention[],
  at: number,
): ActorMention | undefined {
  let v = at - 1;
  while (v >= 0 && !(SPEECH.has(tokens[v]!.lemma) && tokens[v]!.pos === "VERB")) v--;
  if (v <= 0) return undefined;
  const before = tokens[v - 1]!.lower;
  if (before === ",") {
    let open = v - 2;
    while (open >= 0 && tokens[open]!.lower !== "," && v - open <= 12) open--;
    return here.find((m) => m.span.end === open);
  }
  if (before !== "and") return undefined;
  const first = here[0];
  if (!first || first.span.start >= v) return undefined;
  for (let j = 0; j < first.span.start; j++) if (tokens[j]!.pos === "VERB") return undefined;
  return first;
}

/** True when only conjunctions and adverbs stand before token `i` ("It also …", "But it …"). @example leadsSentence(tokens, 0) // true */
export function leadsSentence(tokens: readonly Token[], i: number): boolean {
  for (let j = 0; j < i; j++) {
    const pos = tokens[j]!.pos;
    if (pos !== "CCONJ" && pos !== "ADV" && pos !== "PUNCT") return false;
  }
  return true;
}

/**
 * True when `previous` opens with a determiner and a common noun no actor mention covers, right
 * before its verb: "The resolution caps oil imports.", "The move angered Beijing."
 */
function nonActorSubject(previous: Sentence | undefined, prior: readonly ActorMention[]): boolean {
  const tokens = previous?.tokens;
  if (!tokens || !DEFINITE.has(tokens[0]?.lower ?? "")) return false;
  let j = 1;
  while (j < tokens.length && j <= 4 && NOMINAL.has(tokens[j]!.pos)) j++;
  const head = tokens[j - 1];
  // "The resolution, drafted by the United States, caps …": the verb after a comma-closed aside.
  const aside = tokens[j]?.text === "," ? asideEnd(tokens, j) : j;
  const after = tokens[aside];
  if (j === 1 || !head || head.pos !== "NOUN" || head.lemma !== head.lower) return false;
  // After an aside the tagger often reads the verb as a plural noun ("…, caps the country's imports").
  const verbal = after?.pos === "VERB" || after?.pos === "AUX" || after?.pos === "ADV";
  if (!after || !(verbal || (aside > j && after.pos === "NOUN" && after.lower.endsWith("s")))) return false;
  const index = previous.index;
  for (const m of prior) if (m.span.sentence === index && m.span.start < j) return false;
  return true;
}
const DEFINITE = new Set(["the", "this", "that", "a", "an"]);

/** The token after the comma that closes an aside opened by the comma at `open`, or `open` when none does nearby. */
function asideEnd(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open <= 10; k++) if (tokens[k]!.text === ",") return k + 1;
  return open;
}
// Texts that bar, require or call for things, as "it" after them does.
const DOCUMENTS = new Set([
  "resolution",
  "agreement",
  "deal",
  "treaty",
  "accord",
  "pact",
  "law",
  "bill",
  "measure",
  "proposal",
  "plan",
  "text",
  "draft",
  "declaration",
  "communique",
  "charter",
  "package",
  "decree",
  "ruling",
  "constitution",
  "amendment",
  "memorandum",
  "document",
  "ceasefire",
  "truce",
]);

// What texts do: "It also bars …", "It calls for …", "It takes effect …".
const DOCUMENT_VERBS = new Set([
  "bar",
  "ban",
  "require",
  "call",
  "include",
  "impose",
  "allow",
  "cap",
  "provide",
  "prohibit",
  "grant",
  "limit",
  "restrict",
  "oblige",
  "authorize",
  "authorise",
  "extend",
  "take",
  "expire",
  "cover",
  "envisage",
  "stipulate",
  "establish",
  "create",
  "set",
  "commit",
  "urge",
  "demand",
  "condemn",
  "freeze",
  "target",
  "add",
]);

/** True when a document noun ("a resolution") comes after every actor mention of `previous`. */
function endsOnDocument(previous: Sentence | undefined, prior: readonly ActorMention[]): boolean {
  if (!previous) return false;
  let lastActor = -1;
  for (const m of prior) if (m.span.sentence === previous.index) lastActor = Math.max(lastActor, m.span.end);
  const tokens = previous.tokens;
  for (let j = tokens.length - 1; j >= lastActor && j >= 0; j--) {
    const t = tokens[j]!;
    if (t.pos === "NOUN" && t.lemma === t.lower && DOCUMENTS.has(t.lower)) return true;
  }
  return false;
}

/** The lemma of the verb after token `i`, past adverbs and auxiliaries ("it also bars" → "bar"). */
function verbAfter(tokens: readonly Token[], i: number): string {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j]!;
    if (t.pos === "VERB") return t.lemma;
    if (t.pos !== "ADV" && t.pos !== "AUX" && t.pos !== "PART") return "";
  }
  return "";
}
const NOMINAL = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * True when the "it" at token `i` of `tokens`, leading its sentence, stands for a thing `previous`
 * names: its subject ("The move angered Beijing. It …") or a document after its last actor
 * ("… adopted a resolution. It also bars …").
 * @example namesAThing(sentences[0], prior, sentences[1].tokens, 0) // true
 */
export function namesAThing(
  previous: Sentence | undefined,
  prior: readonly ActorMention[],
  tokens: readonly Token[],
  i: number,
): boolean {
  return (
    nonActorSubject(previous, prior) ||
    (endsOnDocument(previous, prior) && DOCUMENT_VERBS.has(verbAfter(tokens, i)))
  );
}

/**
 * True for a reporting tag closing its sentence, "…, it said." or "…, he added.": the pronoun names
 * the source, who is usually the subject of the sentence before. @example closingTag(tokens, 9) // true
 */
export function closingTag(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i + 1];
  const end = tokens[i + 2];
  return (
    tokens[i - 1]?.text === "," &&
    verb !== undefined &&
    SPEECH.has(verb.lemma) &&
    (end === undefined || end.pos === "PUNCT")
  );
}

// Verbs whose object is an actor: "accusing it of", "urged it to", "blamed it for".
// biome-ignore format: word list
const ACTOR_OBJECT: ReadonlySet<string> = new Set([
  "accuse", "blame", "urge", "warn", "ask", "press", "pressure", "threaten", "invite", "thank",
  "congratulate", "punish", "sanction",
]);

/**
 * True for "it" as the object of the verb before it ("Pyongyang denied it.", "China welcomed it as …"):
 * a claim, a move or a plan far more often than a state. @example objectIt(tokens, 2) // true
 */
export function objectIt(tokens: readonly Token[], i: number): boolean {
  // "said it would": "it" opens the reported clause, as its subject.
  const next = tokens[i + 1]?.pos;
  const verb = tokens[i - 1];
  return (
    tokens[i]?.lower === "it" &&
    verb?.pos === "VERB" &&
    !SPEECH.has(verb.lemma) &&
    // "cut ties with Morocco, accusing it of hostile acts": one accuses or urges an actor.
    !ACTOR_OBJECT.has(verb.lemma) &&
    next !== "VERB" &&
    next !== "AUX" &&
    next !== "ADV"
  );
}

// What one actor sends and another receives: "rejected his letter", "accepted her invitation".
const RECEIVED = new Set([
  "letter",
  "letters",
  "offer",
  "proposal",
  "invitation",
  "request",
  "demand",
  "demands",
  "message",
  "appeal",
  "plea",
  "overture",
  "overtures",
  "call",
  "calls",
  "ultimatum",
  "plan",
]);

/**
 * True when the possessive at `i` owns something sent to another ("his letter", "her peace offer").
 * @example isReceived(tokens, 3) // "Kim rejected his letter" → true
 */
export function isReceived(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j]!;
    if (RECEIVED.has(t.lower)) return true;
    if (t.pos !== "ADJ" && t.pos !== "NOUN") return false;
  }
  return false;
}

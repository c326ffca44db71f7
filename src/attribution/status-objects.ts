/**
 * Status frames that name what they bear on without a clause: "did not respond to a request for
 * comment", "there was no immediate comment from Tokyo", "Kyiv confirmed the exchange".
 *
 * @example
 * commentGovernor(tokens, 7); // "Belgrade did not respond to a request for comment" → 3, the index of "respond"
 */
import type { ActorMention, Token } from "../core/types.js";
import { joiner } from "../nlp/joined-clause.js";
import { QUOTE_MARKS } from "../nlp/quote-marks.js";
import type { FrameKind, ReportingFrame } from "./reporting-frames.js";

const ANSWER_VERBS: ReadonlySet<string> = new Set(["respond", "reply", "answer", "return"]);

/**
 * The verb of "did not respond to a request for comment" ("… requests for comment"), or -1.
 * @example commentGovernor(tokens, i) // "did not reply to requests for comment" → the index of "reply"
 */
export function commentGovernor(tokens: readonly Token[], i: number): number {
  if (tokens[i - 1]?.lower !== "for" || tokens[i - 2]?.lemma !== "request") return -1;
  for (let j = i - 3; j >= 0 && i - j <= 6; j--) if (ANSWER_VERBS.has(tokens[j]!.lemma)) return j;
  return -1;
}

/**
 * The one "no comment" is heard from: "there was no immediate comment from the Israeli military".
 * @example commentFrom(tokens, i, startingAt)?.text // "the Israeli military"
 */
export function commentFrom(
  tokens: readonly Token[],
  i: number,
  startingAt: ReadonlyMap<number, ActorMention>,
): ActorMention | undefined {
  if (tokens[i + 1]?.lower !== "from") return undefined;
  return startingAt.get(i + 2) ?? startingAt.get(i + 3);
}

// Determiners that point back to something already told: "the exchange", "this attack".
const DEFINITE: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those", "such"]);
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
// "denied the request", "denied the visa": a refusal of the thing, not a denial that something happened.
// biome-ignore format: word list
const REFUSED_THINGS: ReadonlySet<string> = new Set([
  "request", "entry", "access", "visa", "permission", "application", "appeal", "bail", "permit",
  "right", "passage", "asylum",
]);

/**
 * The end of a definite object that points back to an event told before ("confirmed the
 * exchange", "denied the attack"), or -1.
 * @example anaphoricObjectEnd(tokens, 3) // "Kyiv confirmed the exchange." → 5
 */
export function anaphoricObjectEnd(tokens: readonly Token[], from: number): number {
  if (!DEFINITE.has(tokens[from]?.lower ?? "")) return -1;
  let end = from + 1;
  while (end < tokens.length && NOUN_PHRASE_TAGS.has(tokens[end]!.pos)) end++;
  const head = tokens[end - 1]!;
  if (end === from + 1 || head.pos !== "NOUN" || REFUSED_THINGS.has(head.lemma)) return -1;
  return end;
}

// biome-ignore format: word list
/** Nouns of a report or claim: "the reports", "a claim Kabul denies". */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  "report", "claim", "allegation", "account", "accusation", "charge", "story", "rumor", "rumour", "assertion",
]);

/**
 * True when a short object phrase is a report ("denied the latest reports"): its content is the event.
 * @example reportObject(tokens, 3) // "Moscow denied the reports" → true
 */
export function reportObject(tokens: readonly Token[], from: number): boolean {
  // "rejected as \"false\" a report": quotation marks are no words.
  for (let j = from, words = 0; j < tokens.length && words <= 3; j++) {
    if (QUOTE_MARKS.has(tokens[j]!.lower)) continue;
    if (tokens[j]!.pos === "NOUN") return REPORT_NOUNS.has(tokens[j]!.lemma) && !ownershipClaim(tokens, j);
    words++;
  }
  return false;
}

// Words before "claim" that make it a claim to own something: "territorial claims".
// biome-ignore format: word list
const OWNED_KINDS: ReadonlySet<string> = new Set([
  "territorial", "maritime", "sovereignty", "border", "land", "ownership", "historical", "historic",
]);

/**
 * True when a "claim" is to own something, not a report: "China's claim to the waters", "claims
 * over the islands", "territorial claims"; rejecting one turns a demand down and denies no event.
 * @example ownershipClaim(tokens, 4) // "Indonesia rejected China's claim to the waters" → true
 */
export function ownershipClaim(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lemma !== "claim") return false;
  if (OWNED_KINDS.has(tokens[at - 1]?.lower ?? "")) return true;
  const next = tokens[at + 1]?.lower;
  // "claims to have shot down a drone" says something; "a claim to the islands" asks for them.
  return (
    (next === "to" || next === "over") &&
    tokens[at + 2] !== undefined &&
    tokens[at + 2]!.pos !== "VERB" &&
    tokens[at + 2]!.pos !== "AUX"
  );
}

/**
 * True when a short object phrase is a claim to own something ("China's claims over the shoal").
 * @example ownedClaimObject(tokens, 2) // "Manila dismissed China's claims over the shoal" → true
 */
export function ownedClaimObject(tokens: readonly Token[], from: number): boolean {
  for (let j = from, words = 0; j < tokens.length && words <= 3; j++, words++) {
    if (tokens[j]!.pos !== "NOUN") continue;
    // "territorial claims": wink may tag the modifier a noun; the claim is the run's head.
    while (tokens[j + 1]?.pos === "NOUN") j++;
    return ownershipClaim(tokens, j);
  }
  return false;
}

// Verbs that deny a report only when a report is their object: "rejected the claim", but "rejected the proposal" is a refusal.
// biome-ignore format: word list
const REPORT_REJECTING: ReadonlySet<string> = new Set(["reject", "dispute", "contest", "repudiate"]);

/**
 * True for a verb that denies what a report tells when its object is the report: "Israel rejected the claim".
 * @example rejectsReport(tokens, 1) // "Israel rejected the claim as propaganda" → true
 */
export function rejectsReport(tokens: readonly Token[], i: number): boolean {
  if (!REPORT_REJECTING.has(tokens[i]!.lemma)) return false;
  return reportObject(tokens, i + 1) || claimRejectedBy(tokens, i);
}

// Verbs that make a charge: what a later "a charge Kabul denies" judges is the charge's content.
const CHARGING: ReadonlySet<string> = new Set(["accuse", "allege", "charge", "blame"]);

/**
 * Where the content a claim apposition judges begins: after the last verb of charging before the
 * comma ("Pakistan accuses the Taliban of sheltering militants, a charge Kabul denies": the denial
 * is of the sheltering, and the accusation stands), or at the sentence's start.
 * @example judgedClaimStart(tokens, comma) // "Pakistan accuses the Taliban of …, a charge …" → 2
 */
export function judgedClaimStart(tokens: readonly Token[], comma: number): number {
  for (let j = comma - 1; j >= 0; j--)
    if (tokens[j]!.pos === "VERB" && CHARGING.has(tokens[j]!.lemma)) return j + 1;
  return 0;
}

/**
 * True when the frame closes a relative on a charge: "accused Russia of firing missiles at Kyiv,
 * which Moscow denied" judges what the charge says, as ", a charge Moscow denied" does, and the
 * charge itself stands.
 * @example chargedRelative(tokens, frame) // "accused Russia of …, which Moscow denied" → true
 */
export function chargedRelative(tokens: readonly Token[], frame: ReportingFrame): boolean {
  const comma = frame.content[1];
  return (
    tokens[comma]?.lower === "," &&
    tokens[comma + 1]?.lower === "which" &&
    judgedClaimStart(tokens, comma) > 0
  );
}

/** True when the verb at `i` closes a claim apposition ("…, a charge Kabul denies."). @example claimJudgedAt(tokens, 9) */
export function claimJudgedAt(tokens: readonly Token[], i: number): boolean {
  if (!claimRejectedBy(tokens, i)) return false;
  // Set off by a comma: "The claim could not be verified." opens its own sentence and points back.
  let j = i - 1;
  while (j >= 0 && !(tokens[j]!.pos === "NOUN" && REPORT_NOUNS.has(tokens[j]!.lemma))) j--;
  while (j > 0 && ["DET", "ADJ"].includes(tokens[j - 1]!.pos)) j--;
  return tokens[j - 1]?.lower === ",";
}

/** "…, a claim Phnom Penh disputed.": the report noun stands before the one who rejects it, and the verb closes. */
function claimRejectedBy(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && next.pos !== "PUNCT" && !judgedAs(tokens, i + 1)) return false;
  for (let j = i - 1; j >= 0 && i - j <= 6; j--) {
    const t = tokens[j]!;
    if (t.pos === "NOUN" && REPORT_NOUNS.has(t.lemma)) return true;
    if (!CLAIM_RELATIVE_TAGS.has(t.pos)) return false;
  }
  return false;
}

/** "…, charges Asmara dismissed as baseless.": a short "as" complement with no verb closes the clause too. */
function judgedAs(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.lower !== "as") return false;
  for (let j = from + 1; j < tokens.length && j - from <= 4; j++) {
    const t = tokens[j]!;
    if (t.pos === "PUNCT" && !QUOTE_MARKS.has(t.lower)) return true;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
  }
  return from + 5 > tokens.length;
}

const CLAIM_RELATIVE_TAGS: ReadonlySet<string> = new Set([
  "PROPN",
  "NOUN",
  "ADJ",
  "DET",
  "AUX",
  "ADV",
  "PART",
]);

// Words after a report noun that open what the report tells: "reports that …", "reports of talks".
// ("on" is left out: "denied the report on Monday" is far more common than "reports on the talks".)
const REPORT_CONTENT_OPENERS: ReadonlySet<string> = new Set(["that", "of", "about", "whether", ":"]);

/**
 * True when the object is a report and nothing more ("denied the report", "dismissed the claims as
 * false"): it names an event told before rather than telling one.
 * @example bareReportObject(tokens, 2, 6) // "Tehran dismissed the report on Monday." → true
 */
export function bareReportObject(tokens: readonly Token[], from: number, end: number): boolean {
  if (!reportObject(tokens, from)) return false;
  for (let j = from; j < end; j++) if (REPORT_CONTENT_OPENERS.has(tokens[j]!.lower)) return false;
  return true;
}

/**
 * "The claim could not be independently verified", "The seizure was confirmed": a passive status
 * verb whose subject, opening the sentence, is a report or a definite event noun told before.
 * @example unattributedPassive(tokens, 2, "unconfirm", 6)?.content // [0, 2]
 */
export function unattributedPassive(
  tokens: readonly Token[],
  verbStart: number,
  kind: FrameKind,
  verb: number,
): ReportingFrame | null {
  // "Russia said it had downed 40 drones, a claim that could not be verified": an apposition judges
  // the clause before its comma.
  const comma = claimApposition(tokens, verbStart);
  if (comma > 0)
    return {
      kind,
      reporter: null,
      verb: tokens[verb]!.text,
      verbToken: verb,
      content: [judgedClaimStart(tokens, comma), comma],
    };
  const report = reportObject(tokens, 0);
  if (!report && anaphoricObjectEnd(tokens, 0) !== verbStart) return null;
  if (report && verbStart > 4) return null;
  return {
    kind,
    reporter: null,
    verb: tokens[verb]!.text,
    verbToken: verb,
    content: [0, verbStart],
    anaphoric: !report,
  };
}

/** The comma before ", a claim that" when that apposition ends right before the verb group at `verbStart`, or -1. */
function claimApposition(tokens: readonly Token[], verbStart: number): number {
  const that = tokens[verbStart - 1]?.lower;
  if (that !== "that" && that !== "which") return -1;
  let k = verbStart - 2;
  if (!REPORT_NOUNS.has(tokens[k]?.lemma ?? "") || tokens[k]!.pos !== "NOUN") return -1;
  k--;
  while (k > 0 && tokens[k]!.pos === "ADJ") k--;
  if (tokens[k]?.pos === "DET") k--;
  return tokens[k]?.lower === "," ? k : -1;
}

/**
 * True when the noun at `from` opens a passive or copular clause of its own rather than being a
 * verb's object: "said rockets were fired at Sderot", unlike "claimed responsibility for the attack".
 * @example nounOpensClause(tokens, 2) // "Israel said rockets were fired" → true
 */
export function nounOpensClause(tokens: readonly Token[], from: number): boolean {
  let j = from;
  while (j < tokens.length && j - from < 4 && ["NOUN", "PROPN", "ADJ", "NUM"].includes(tokens[j]!.pos)) j++;
  // Only a passive or copula: in "the army said troops had killed 12 militants" the reporter stays
  // the act's best-known party, as before.
  return j > from && tokens[j]?.pos === "AUX" && tokens[j]!.lemma === "be";
}

const POINTING_PRONOUNS: ReadonlySet<string> = new Set(["it", "this", "that"]);

/**
 * True when a status verb's object is a lone "it", "this" or "that" closing its clause, which points
 * back as a definite object does. @example pronounObject(tokens, 5) // "The White House declined to confirm it." → true
 */
export function pronounObject(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return (
    POINTING_PRONOUNS.has(tokens[at]?.lower ?? "") &&
    (next === undefined || next.pos === "PUNCT" || joiner(next))
  );
}

/**
 * One event, not two, where a verb governs another event: "pledged to expel", "threatened to
 * attack", "called on X to release".
 *
 * @example
 * dropGoverned(chosen, tokens, ctx); // "pledged to expel" → only the expulsion, coded as intent
 */
import type { Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import { inflectedVerb } from "../nlp/verb-forms.js";
import { beforeAdverbs } from "./clause-roles.js";
import type { ExtractionContext } from "./event-mention-candidate.js";
import type { RulePattern } from "./event-rule-index.js";
import { ASKING_ROOTS } from "./party-cues.js";

const GOVERNING_ROOTS = new Set(["02", "03", "10", "11", "12", "13"]);
// "accused Ukraine of attacking a refinery", "blamed Kyiv for shelling the plant": the act is what
// the accusation says, one party's word, not an act the text establishes. Condemning or criticising
// someone for an act takes the act as known ("condemned Japan for sending warships").
const ACCUSING_ROOT = "11";
const LEGAL_ROOT = "17";
const REJECTING_ROOT = "12";
const ACCUSING_VERBS = new Set(["accuse", "suspect", "blame", "charge", "allege", "implicate", "fault"]);

/**
 * "of attacking", "for shelling", "charged Albania with supporting": a gerund right after the
 * preposition of an accusation; "blamed Pakistan for the attack": an act noun after "for the".
 */
const accusedAct = (tokens: Sentence["tokens"], at: number, governor: string) =>
  (["of", "for"].includes(tokens[beforeAdverbs(tokens, at) - 1]?.lower ?? "") &&
    tokens[at]!.lower.endsWith("ing")) ||
  (tokens[at - 1]?.lower === "with" && governor === "charge" && tokens[at]!.lower.endsWith("ing")) ||
  (tokens[at - 2]?.lower === "for" &&
    ["the", "a", "an"].includes(tokens[at - 1]?.lower ?? "") &&
    tokens[at]!.pos === "NOUN");

/**
 * "accused the United States of violating human rights, ignoring international law and sending …":
 * a gerund further down the list the accusation opens is accused too. True when `at` is a gerund
 * after a comma or "and", and the words back to the governor hold an accused gerund and no other verb.
 */
function listedAccusedAct(tokens: Sentence["tokens"], governor: number, at: number): boolean {
  const prev = tokens[at - 1]?.lower;
  if ((prev !== "," && prev !== "and") || !tokens[at]!.lower.endsWith("ing")) return false;
  const lemma = tokens[governor]!.lemma;
  for (let j = at - 2; j > governor && at - j <= 16; j--) {
    if (accusedAct(tokens, j, lemma)) return true;
    const t = tokens[j]!;
    if (t.lower === ";" || t.lower === "that" || (t.pos === "VERB" && !t.lower.endsWith("ing"))) return false;
  }
  return false;
}

/** True when the act at `m` is the one the governor announces, asks, refuses or accuses. */
function connected(
  tokens: Sentence["tokens"],
  root: string,
  governor: TokenMatch<RulePattern>,
  m: TokenMatch<RulePattern>,
): boolean {
  if (root === ACCUSING_ROOT || root === LEGAL_ROOT)
    return accusedAct(tokens, m.start, tokens[governor.start]!.lemma);
  // "ruled out sending troops", "rejected holding talks": the act refused is not done.
  if (root === REJECTING_ROOT && m.start === governor.end && tokens[m.start]!.lower.endsWith("ing"))
    return true;
  // "demanded the immediate withdrawal of foreign troops": the act a demand names as its object
  // is asked for, not done.
  if (ASKING_ROOTS.has(root) && askedNoun(tokens, governor.end, m.start)) return true;
  // "begged the US for help in ending the siege": what an appeal or demand asks for.
  return tokens
    .slice(governor.start + 1, m.start)
    .some((t) => t.lower === "to" || (t.lower === "for" && ASKING_ROOTS.has(root)));
}

/**
 * "called for restraint and offered to mediate", "… and has offered": a verb after "and" in a form
 * that heads a clause is the subject's next act, which nothing before it governs; a bare verb
 * ("urged Iran to halt enrichment and allow inspectors") still shares the governed infinitive.
 */
function nextAct(tokens: Sentence["tokens"], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "ADV")) j--;
  if (tokens[j]?.pos !== "CCONJ") return false;
  return j < at - 1 ? tokens.slice(j + 1, at).some((t) => t.pos === "AUX") : inflectedVerb(tokens[at]);
}

/** True when the noun at `at` heads the phrase right after the governor: "demanded the immediate withdrawal". */
function askedNoun(tokens: Sentence["tokens"], from: number, at: number): boolean {
  if (tokens[at]?.pos !== "NOUN") return false;
  for (let j = from; j < at; j++) if (!["DET", "ADJ", "ADV"].includes(tokens[j]!.pos)) return false;
  return true;
}

// Prepositions naming who gave what the governor's noun names: "an invitation from Xi".
const GIVER_PREPOSITIONS = new Set(["from", "of", "by"]);

/**
 * "accepted an invitation from Xi to attend", "received an invitation from Trump to visit": the
 * governor's noun, then the one it came from, then the infinitive it holds.
 */
function nounWithGiver(tokens: Sentence["tokens"], governor: TokenMatch<RulePattern>, act: number): boolean {
  if (tokens[act - 1]?.lower !== "to") return false;
  for (let j = act - 2; j > governor.start + 1 && act - j <= 7; j--) {
    const t = tokens[j]!;
    if (GIVER_PREPOSITIONS.has(t.lower)) return tokens[j - 1]!.pos === "NOUN" && j - 1 < governor.end;
    if (!["PROPN", "NOUN", "DET", "ADJ", "PART"].includes(t.pos)) return false;
  }
  return false;
}

// Verbs of a third party bringing two sides to an agreement.
const BROKERING = new Set(["mediate", "broker", "facilitate"]);

/** Words that open another clause between a governing verb and a later act. */
const CLAUSE_BREAKS = new Set([
  ",",
  ";",
  "if",
  "unless",
  "because",
  "when",
  "after",
  "before",
  "while",
  "that",
  "but",
]);

/**
 * A verb that governs another event ("pledged to expel", "threatened to attack", "called on X to
 * release") makes one event, not two: an intent verb gives way to the act it announces (coded as
 * intent), a demand or appeal keeps its own code, and a threat keeps its code unless the act has a
 * threat code of its own ("threatened to attack" → 138).
 * @example dropGoverned(chosen, tokens, ctx).length // "threatened to attack" → 1
 */
export function dropGoverned(
  chosen: readonly TokenMatch<RulePattern>[],
  tokens: Sentence["tokens"],
  ctx: ExtractionContext,
): TokenMatch<RulePattern>[] {
  const dropped = new Set<TokenMatch<RulePattern>>();
  for (const governor of chosen) {
    const root = governor.value.rule.cameo.slice(0, 2);
    // "charged the journalist with spying for Israel": what a charge names is alleged, as an accusation's act is.
    const charging = root === LEGAL_ROOT && tokens[governor.start]!.lemma === "charge";
    if (!GOVERNING_ROOTS.has(root) && !charging) continue;
    if (root === ACCUSING_ROOT && !ACCUSING_VERBS.has(tokens[governor.start]!.lemma)) continue;
    const governed = chosen.find((m) => {
      if (m === governor || m.start <= governor.start) return false;
      // "demanded guarantees that Ukraine will never join NATO": the clause an assurance noun opens
      // with "that" says what is asked for, up to five words on.
      const assured = ASKING_ROOTS.has(root) ? assuredAt(tokens, governor.end, m.start) : -1;
      return (
        (m.start - governor.end <= 4 || (assured >= 0 && m.start - assured <= 5)) &&
        (assured >= 0 || connected(tokens, root, governor, m)) &&
        // "threatened to close the strait if Washington imposed sanctions": a condition or a new
        // clause between them means the second act is not the one announced.
        !tokens
          .slice(governor.end, m.start)
          .some((t, k) => CLAUSE_BREAKS.has(t.lower) && governor.end + k !== assured) &&
        // "have sworn to fight until they gain control": what follows "until" is the vow's term,
        // even when the pattern took the word in.
        !tokens.slice(governor.start + 1, m.start).some((t) => t.lower === "until") &&
        !nextAct(tokens, m.start)
      );
    });
    // "accused the US of violating human rights, ignoring international law and sending …": every
    // act down the accused list is the accusation's content.
    if (root === ACCUSING_ROOT || charging)
      for (const m of chosen)
        if (m.start > governor.end && listedAccusedAct(tokens, governor.start, m.start)) dropped.add(m);
    if (!governed) continue;
    // "accepted a Russian proposal to hand over its weapons": an infinitive after the governor's
    // own noun is the content of what was accepted or offered, not the governor's act announced.
    // "offered to broker a ceasefire": what a mediator offers to bring about is the object of
    // the mediation its own pattern names, not a second act.
    const ownNoun =
      (tokens[governor.end - 1]?.pos === "NOUN" && tokens[governor.end]?.lower === "to") ||
      nounWithGiver(tokens, governor, governed.start) ||
      BROKERING.has(tokens[governor.end - 1]?.lemma ?? "") ||
      // "invited Zelensky to the summit": a noun event after "to" is where one is asked, no act announced.
      (governed.value.rule.head === "noun" && toBefore(tokens, governed.start));
    // "promised not to resume missile testing": a pledge to refrain from harm is the pledge, not a
    // denied act; a pledge not to cooperate stays a refusal of the act.
    const refrain =
      (ctx.rules.cameo.get(governed.value.rule.cameo)?.quadClass ?? 0) >= 3 &&
      tokens.slice(governor.start + 1, governed.start).some((t) => t.lower === "not" || t.lower === "never");
    // "refused to rule out military action": the refusal is the denial the governed rule needs.
    if (governed.value.rule.polarity === "negated") dropped.add(governor);
    else if (root === "03" && (ownNoun || refrain)) dropped.add(governed);
    else if (root === "03") dropped.add(governor);
    else if (root === "13" && ctx.rules.cameo.get(governed.value.rule.cameo)?.intent?.startsWith("13"))
      dropped.add(governor);
    else dropped.add(governed);
  }
  return chosen.filter((m) => !dropped.has(m));
}

// Nouns whose "that" clause says what is assured: "guarantees that", "assurances that".
const ASSURANCES: ReadonlySet<string> = new Set([
  "guarantee",
  "assurance",
  "commitment",
  "pledge",
  "promise",
  "undertaking",
]);

/** The index of a "that" after an assurance noun right after the governor ("demanded guarantees that"), else -1. */
function assuredAt(tokens: Sentence["tokens"], from: number, to: number): number {
  for (let j = from; j < to && j - from <= 3; j++) {
    if (tokens[j]!.lower === "that") return ASSURANCES.has(tokens[j - 1]?.lemma ?? "") ? j : -1;
    if (!["DET", "ADJ", "NOUN"].includes(tokens[j]!.pos)) return -1;
  }
  return -1;
}

/** "to the summit", "to the Arab League summit": "to" before the noun's own modifiers. */
function toBefore(tokens: Sentence["tokens"], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && at - j <= 4 && NOUN_MODIFIERS.has(tokens[j]!.pos)) j--;
  return tokens[j]?.lower === "to";
}
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(["DET", "PROPN", "ADJ", "NOUN", "NUM"]);

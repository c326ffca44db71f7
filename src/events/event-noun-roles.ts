/**
 * Event nouns whose sentence says someone else did them: a noun judged by its verb's subject
 * ("Russia condemned the air strikes"), named in an inquiry, opposed by its modifier ("anti-war"),
 * or in the background of a time phrase ("after the nuclear tests"); and the verb that governs an
 * event noun, whose subject acts it.
 *
 * @example
 * judgedNoun(sentence, trigger); // "Russia condemned the air strikes on Serbia" → true at "strikes"
 */
import type { Sentence, Token } from "../core/types.js";
import { NOUN_PHRASE_POS } from "./clause-roles.js";

// "Russia condemned the air strikes on Serbia", "France welcomed the ceasefire", "Pakistan denied
// the attack": one who judges an act did not do it, so these verbs' subjects are no agents of the
// event nouns they take.
const JUDGING_VERBS = new Set([
  "condemn",
  "denounce",
  "criticize",
  "criticise",
  "deplore",
  "decry",
  "slam",
  "blast",
  "welcome",
  "praise",
  "hail",
  "applaud",
  "commend",
  "regret",
  "mourn",
  "lament",
  "protest",
  "investigate",
  "probe",
  "oppose",
  "deny",
  "support",
  "back",
  "endorse",
  // "India blamed Pakistan-based militants for the attack": the one who blames did not attack.
  "blame",
  // "Hungary blocked new sanctions against Russia": who stops an act did not do it.
  "block",
  // "Russia rejected the deployment of Western troops": nor did who turns it down.
  "reject",
  "dismiss",
  "refuse",
  // "Pyongyang has ignored repeated offers of dialogue": nor did who leaves it unanswered.
  "ignore",
  "rebuff",
  "spurn",
  "snub",
  "veto",
  "thwart",
  "obstruct",
]);

const judging = (t: Token) => JUDGING_VERBS.has(t.lemma) || JUDGING_VERBS.has(t.lower);

// "Turkey opened a probe into the murder of a Saudi journalist": who inquires into an act did not
// commit it, so an event noun after one of these nouns and "into" has no agent in the clause subject.
const INQUIRY_NOUNS = new Set(["probe", "investigation", "inquiry", "enquiry", "inquest"]);

/**
 * True when a noun trigger is the object of a verb that judges it: "Japan criticised the missile test".
 * @example judgedNoun(sentence, trigger) // "condemned the air strikes" → true
 */
export function judgedNoun(sentence: Sentence, trigger: number): boolean {
  const tokens = sentence.tokens;
  for (let j = trigger - 1; j >= 0 && trigger - j <= 5; j--) {
    const t = tokens[j]!;
    // "Pakistan-based militants", "Iranian-backed": a hyphenated participle is part of the noun phrase.
    const hyphenated = t.lower === "-" || tokens[j - 1]?.lower === "-";
    if (t.pos === "VERB" && !hyphenated) return judging(t);
    if (t.lower === "into") return INQUIRY_NOUNS.has(tokens[j - 1]?.lemma ?? "");
    if (!NOUN_PHRASE_POS.has(t.pos) && t.pos !== "PROPN" && !hyphenated) return false;
  }
  return false;
}

// "vetoed a resolution condemning the annexation", "blocked a draft demanding a ceasefire": what a
// proposed text says, when its opponent stopped or denounced it, is neither the opponent's act nor,
// since the text did not pass, its sponsor's. A statement or report opposed was still made ("rejected
// a US statement accusing Beijing"), so only proposals count.
const PROPOSED_TEXTS = new Set([
  "resolution",
  "resolutions",
  "draft",
  "bill",
  "motion",
  "proposal",
  "plan",
  "amendment",
  "measure",
  "initiative",
]);

const OPPOSING_VERBS = new Set([
  "veto",
  "block",
  "reject",
  "oppose",
  "defeat",
  "condemn",
  "denounce",
  "criticize",
  "criticise",
  "slam",
  "dismiss",
]);

/**
 * True when a bare participle modifies the object of a verb that opposes it: "vetoed a draft resolution condemning …".
 * @example opposedModifier(sentence, trigger) // "Russia vetoed a resolution condemning the annexation" → true
 */
export function opposedModifier(sentence: Sentence, trigger: number): boolean {
  const tokens = sentence.tokens;
  if (!tokens[trigger]!.lower.endsWith("ing") || !PROPOSED_TEXTS.has(tokens[trigger - 1]?.lower ?? ""))
    return false;
  for (let j = trigger - 2; j >= 0 && trigger - j <= 7; j--) {
    const t = tokens[j]!;
    if (t.pos === "VERB") return OPPOSING_VERBS.has(t.lemma) || OPPOSING_VERBS.has(t.lower);
    if (!NOUN_PHRASE_POS.has(t.pos) && t.pos !== "PROPN" && t.lower !== "-") return false;
  }
  return false;
}

// "cut off aid after the nuclear tests", "amid the fighting": a noun event in a time or
// circumstance phrase is the background of the clause, not its subject's act.
const BACKGROUND_PREPOSITIONS = new Set([
  "after",
  "before",
  "following",
  "since",
  "despite",
  "amid",
  "during",
  "until",
]);

// "hurt in Beirut during demonstrations": what went on at the same time went on at the same place.
const CONCURRENT: ReadonlySet<string> = new Set(["during", "amid"]);
const ANSWERED: ReadonlySet<string> = new Set(["retaliation", "revenge", "reprisal", "retribution"]);
const TOPIC_PREPOSITIONS = new Set(["on", "about", "regarding", "concerning"]);

/**
 * True when a noun trigger heads a phrase of time or circumstance: "after the nuclear tests"; with
 * `concurrent` false, not one of what went on at the same time ("during the protests").
 * @example backgroundNoun(sentence, trigger) // "cut off aid after the nuclear tests" → true
 */
export function backgroundNoun(sentence: Sentence, trigger: number, concurrent = true): boolean {
  for (let j = trigger - 1; j >= 0 && trigger - j <= 5; j--) {
    const t = sentence.tokens[j]!;
    if (BACKGROUND_PREPOSITIONS.has(t.lower)) return concurrent || !CONCURRENT.has(t.lower);
    // "in response to the killing", "in retaliation for the strike": the act answered.
    const answered = sentence.tokens[j - 1]?.lemma ?? "";
    if ((t.lower === "to" && answered === "response") || (t.lower === "for" && ANSWERED.has(answered)))
      return true;
    // "shared intelligence with Japan on the missile launch": the topic of a noun is not its act.
    if (TOPIC_PREPOSITIONS.has(t.lower)) return t.lower !== "on" || sentence.tokens[j - 1]?.pos !== "VERB";
    if (!NOUN_PHRASE_POS.has(t.pos) && t.lower !== "-") return false;
  }
  return false;
}

// Verbs of answering an act with one's own: "retaliated with strikes on Gaza", "hit back with sanctions".
const ANSWERING_VERBS: ReadonlySet<string> = new Set([
  "respond",
  "retaliate",
  "react",
  "reply",
  "answer",
  "hit",
  "strike",
]);
// Nouns that count acts: "a wave of air strikes", "a barrage of rockets".
const COUNTING_NOUNS: ReadonlySet<string> = new Set([
  "wave",
  "series",
  "barrage",
  "volley",
  "salvo",
  "round",
  "spate",
  "string",
  "flurry",
  "hail",
]);

/** The verb that answers with the noun: "retaliated with", "hit back with"; else null. */
function answeringVerb(tokens: Sentence["tokens"], withAt: number): number | null {
  const verb = tokens[withAt - 1]?.lower === "back" ? withAt - 2 : withAt - 1;
  const t = tokens[verb];
  if (t?.pos !== "VERB" || !ANSWERING_VERBS.has(t.lemma)) return null;
  // "hit" and "strike" answer only with "back": "hit with sanctions" is a passive's instrument.
  return t.lemma === "hit" || t.lemma === "strike" ? (verb === withAt - 2 ? verb : null) : verb;
}

// Phrasal verbs whose subject does the act their object names, by particle.
const DOING_PHRASAL: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["out", new Set(["carry"])],
  ["up", new Set(["step", "ramp", "beef"])],
]);

/** "maintains a readiness to talk": the verb whose object the noun trigger is. @example governingVerb(sentence, trigger, clauseVerbs) // "maintains a readiness" → index of "maintains" */
export function governingVerb(
  sentence: Sentence,
  trigger: number,
  clauseVerbs: ReadonlySet<string>,
): number | null {
  for (let j = trigger - 1; j >= 0 && trigger - j <= 6; j--) {
    const t = sentence.tokens[j]!;
    if (t.lower === "with") return answeringVerb(sentence.tokens, j);
    if (t.lower === "of" && COUNTING_NOUNS.has(sentence.tokens[j - 1]?.lemma ?? "")) continue;
    // "carried out a strike", "stepped up attacks": a phrasal verb of doing ("ruled out an
    // invasion" does none).
    if (DOING_PHRASAL.get(t.lower)?.has(sentence.tokens[j - 1]?.lemma ?? "")) continue;
    if (t.pos === "VERB" || (t.pos === "AUX" && t.lemma === "have")) {
      // "reports suggesting a rejection": a reporting verb or a bare participle does not make its
      // subject the agent of the noun.
      // "is reportedly preparing sanctions": adverbs may stand between the auxiliary and the participle.
      let aux = j - 1;
      while (sentence.tokens[aux]?.pos === "ADV" && j - aux < 3) aux--;
      const bareParticiple = t.lower.endsWith("ing") && sentence.tokens[aux]?.pos !== "AUX";
      return clauseVerbs.has(t.lemma) || judging(t) || bareParticiple ? null : j;
    }
    if (!NOUN_PHRASE_POS.has(t.pos)) return null;
  }
  return null;
}

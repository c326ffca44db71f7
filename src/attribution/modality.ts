/**
 * Negation and modality of one event mention: "did not reject" is negated, "will send" is
 * intended, "could meet" is hypothetical. Its time ("their 2018 summit" is historical with its own
 * date) is read by event-time.ts, exported here too.
 *
 * @example
 * assessModality(tokens, 4, "verb", cues); // { negated: false, modality: "intended" }
 */
import type { CameoCode } from "../core/dictionary-schema.js";
import type { Modality, Token } from "../core/types.js";
import type { AttributionCues } from "./attribution-cues.js";
import { NEGATORS, verbGroupNegated } from "./negators.js";
import {
  coordinatedInfinitive,
  deniedBefore,
  gettingReady,
  perfectAfter,
  proposedBy,
  SENDING_VERBS,
  signOf,
  talkedAbout,
} from "./intent-cues.js";
import {
  ASPECTUAL,
  DEFERRING,
  EFFORTS,
  INABILITY_GOVERNORS,
  NEGATING_GOVERNORS,
  OFFERS,
  SCHEDULED,
  SUBJECT_CONTROL_VERBS,
} from "./governing-words.js";
import { conditionsAround } from "./conditions.js";
import { occasionModality } from "./planned-occasions.js";
import { skipTimePhrase, timePhraseAt } from "./time-phrase.js";
import {
  abstainedFrom,
  anyoneWho,
  calledOff,
  demandedClause,
  nearlyDone,
  neitherNor,
  notYetDone,
  requestedOfOthers,
  unsupportedClause,
  warnedBefore,
} from "./unrealised-acts.js";

export { type EventTime, eventTime, type TermStart } from "./event-time.js";
export { SUBJECT_CONTROL_VERBS } from "./governing-words.js";

/** Negation and modality of a trigger. @example { negated: true, modality: "actual" } */
export interface ModalityAssessment {
  readonly negated: boolean;
  readonly modality: Modality;
  /** True when a verb of intent governs the trigger ("pledged to", "is ready to"), not just "will". */
  readonly declared: boolean;
  /** True for a refusal: "refused to meet", "failed to agree", "will not accept". */
  readonly refusal: boolean;
  /** Where a condition ("if", "unless") stands: around the trigger, or elsewhere in the sentence. */
  readonly condition: "inside" | "outside" | null;
}

/**
 * Reads the verb group and the words governing the trigger.
 * @example assessModality(sentence.tokens, trigger, "verb", defaultAttributionCues)
 */
export function assessModality(
  tokens: readonly Token[],
  trigger: number,
  head: "verb" | "noun" | "adj" | "any",
  cues: AttributionCues,
  code?: CameoCode,
): ModalityAssessment {
  let negated = verbGroupNegated(tokens, trigger);
  const before = tokens[trigger - 1]?.lower;
  if (head !== "verb" && (before === "no" || tokens[trigger - 2]?.lower === "no")) negated = true;
  // "had no talks with Seoul", "sent no troops": a verb whose object is denied did not act.
  if (head === "verb" && tokens[trigger + 1]?.lower === "no") negated = true;
  // "would refrain from further missile tests", "refrained from testing": abstaining is not acting.
  if (abstainedFrom(tokens, trigger)) negated = true;
  // "has yet to condemn", "stopped short of blaming", "Neither India nor Pakistan has signed".
  if (notYetDone(tokens, trigger) || neitherNor(tokens, trigger)) negated = true;
  // "Macron's visit to Algeria was postponed": an occasion called off did not happen.
  if (head !== "verb" && calledOff(tokens, trigger)) negated = true;
  // "the summit planned for next month", "a visit is unlikely": an occasion set or weighed (one
  // called off was not refused by anyone: it stays a denied occasion).
  let modality: Modality = negated || head === "verb" ? "actual" : occasionModality(tokens, trigger);
  let declared = false;
  let refusedBy = false;
  const modal = (i: number): Modality | null => {
    const w = tokens[i]?.lower ?? "";
    // "Theresa May accused Russia": a capitalised "May" inside a sentence is a name or the month.
    if (i > 0 && tokens[i]!.text === "May") return null;
    if (cues.hypotheticalModals.includes(w)) return "hypothetical";
    // "a resolution that would have demanded a ceasefire": what would have been done was not.
    if (w === "would" && perfectAfter(tokens, i)) return "hypothetical";
    if (cues.intendedModals.includes(w)) return "intended";
    return null;
  };
  // Walk back through the verb chain and the verbs that govern it: "would not have", "did not
  // agree to meet", "decided not to meet", "refused to meet", "plans to hold".
  for (let j = trigger - 1, hops = 0; j >= 0 && hops < 10; j--, hops++) {
    const t = tokens[j]!;
    const m = modal(j);
    if (m) {
      modality = strongest(modality, m);
      continue;
    }
    if (NEGATORS.has(t.lower)) {
      negated = true;
      continue;
    }
    // "agreed to share data and cooperate on cybersecurity": a bare verb coordinated with an
    // infinitive shares what governs it.
    if (
      (t.lower === "and" || t.lower === "or") &&
      j === trigger - 1 &&
      (head === "verb" || (head === "any" && tokens[trigger]!.pos === "VERB"))
    ) {
      const first = coordinatedInfinitive(tokens, j);
      if (first < 0) break;
      j = first;
      continue;
    }
    if (t.lower === "to") {
      // "Obama wants Putin to attack": an act someone else wants done is hypothetical.
      let k = j - 1;
      while (k >= 0 && j - k <= 4 && ["PROPN", "NOUN", "DET", "PRON"].includes(tokens[k]!.pos)) k--;
      const wanter = tokens[k];
      // "promised Lukashenko to supply missiles": the one promised to is no actor; the promiser acts.
      if (k < j - 1 && wanter?.pos === "VERB" && SUBJECT_CONTROL_VERBS.has(wanter.lemma)) {
        modality = strongest(modality, "intended");
        declared = true;
        break;
      }
      // "deployed police to fight gangs", "sent troops to secure the border": what forces are sent
      // to do has not happened yet; it is the sender's aim.
      if (k < j - 1 && wanter?.pos === "VERB" && SENDING_VERBS.has(wanter.lemma)) {
        modality = strongest(modality, "intended");
        break;
      }
      if (
        k < j - 1 &&
        wanter?.pos === "VERB" &&
        (cues.intentVerbs.includes(wanter.lemma) || cues.hopeVerbs.includes(wanter.lemma))
      ) {
        modality = "hypothetical";
        break;
      }
      // "any plan for Sisi to visit Ankara", "an invitation for Putin to attend": what a noun puts
      // to someone named after "for" is not done.
      // "an offer by President Ghani to hold talks": what an offer by someone proposes is not done either.
      const offeredBy =
        wanter?.lower === "by" &&
        (OFFERS.has(tokens[k - 1]?.lemma ?? "") || cues.requestWords.includes(tokens[k - 1]?.lemma ?? ""));
      if ((wanter?.lower === "for" || offeredBy) && k < j - 1 && NOUN_OR_ADJ.has(tokens[k - 1]?.pos ?? "")) {
        modality = "hypothetical";
        break;
      }
      if (requestedOfOthers(tokens, j, cues)) {
        modality = "hypothetical";
        break;
      }
      continue;
    }
    // "a trip aimed at pushing for a ceasefire": the purpose of an act has not happened yet.
    if (t.lower === "at" && tokens[j - 1]?.lemma === "aim" && tokens[trigger]!.lower.endsWith("ing")) {
      modality = strongest(modality, "hypothetical");
      break;
    }
    // "warned the West against sending troops": what someone is warned against has not happened.
    if (t.lower === "against" && j === trigger - 1 && warnedBefore(tokens, j, cues)) {
      modality = strongest(modality, "hypothetical");
      break;
    }
    // "an Indian proposal for signing a trade pact", "proposed holding talks": what is proposed
    // has not happened.
    // "held talks on normalising relations", "a sign of improving ties": the topic of talks or of a
    // deal, and what a sign or a chance is of, is not done.
    if (
      j === trigger - 1 &&
      tokens[trigger]!.lower.endsWith("ing") &&
      (proposedBy(tokens, j) || talkedAbout(tokens, j) || signOf(tokens, j))
    ) {
      modality = strongest(modality, "hypothetical");
      break;
    }
    // "a United Nations appeal for deploying army troops": what is asked for has not happened.
    if (t.lower === "for" && cues.requestWords.includes(tokens[j - 1]?.lemma ?? "") && j === trigger - 1) {
      modality = strongest(modality, "hypothetical");
      break;
    }
    // "had no intention of holding talks": the act of an intention denied did not happen, and is
    // refused as "had no plans to hold talks" is.
    if (
      t.lower === "of" &&
      j === trigger - 1 &&
      tokens[j - 1]?.lemma === "intention" &&
      deniedBefore(tokens, j - 1)
    ) {
      negated = true;
      modality = strongest(modality, "intended");
      break;
    }
    // "Putin is to visit India": "be to" tells a planned act.
    if (t.lemma === "be" && j + 2 === trigger && tokens[j + 1]?.lower === "to")
      modality = strongest(modality, "intended");
    if (t.pos === "AUX" || t.pos === "PART" || t.pos === "ADV") continue;
    // "is considering imposing sanctions", "will not discuss giving up its weapons", "weighs new
    // sanctions": an act named as what is weighed or discussed has not happened, whatever negates
    // the weighing.
    if (
      t.pos === "VERB" &&
      cues.hopeVerbs.includes(t.lemma) &&
      (head !== "verb" || tokens[trigger]!.lower.endsWith("ing"))
    ) {
      modality = strongest(modality, "hypothetical");
      break;
    }
    // "agreed on Saturday to halt": a time phrase between the verb and "to" changes nothing.
    if (timePhraseAt(tokens, j)) continue;
    // "has offered repeatedly to host", "agreed in principle to meet" read as "offered to host".
    let after = skipTimePhrase(tokens, j + 1);
    while (tokens[after]?.pos === "ADV" && !NEGATORS.has(tokens[after]!.lower) && after - j <= 2) after++;
    const governs =
      tokens[after]?.lower === "to" ||
      (NEGATORS.has(tokens[after]?.lower ?? "") && tokens[after + 1]?.lower === "to");
    if ((t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ") && governs) {
      // "Seoul is set to host a summit", "is scheduled to visit", "is due to meet": a scheduled act
      // is a narrated future.
      if (SCHEDULED.has(t.lower) && tokens[j - 1]?.lemma === "be") {
        modality = strongest(modality, "intended");
        continue;
      }
      // "received an invitation to visit Pyongyang", "calls to hold talks": what a noun of asking
      // asks for is not done; nor is what efforts are made toward ("efforts to secure a ceasefire").
      if (
        (t.pos === "NOUN" && cues.requestWords.includes(t.lemma)) ||
        // "efforts to protect civilians", "a bid to broker a truce": a cooperative act striven for
        // is not yet done (an attempt at force is force: "an attempt to storm the parliament").
        (EFFORTS.has(t.lemma) && (head !== "verb" || (t.pos === "NOUN" && (code?.quadClass ?? 3) <= 2)))
      ) {
        modality = strongest(modality, "hypothetical");
        break;
      }
      if (NEGATING_GOVERNORS.has(t.lemma)) {
        negated = true;
        refusedBy = true;
      } else if (INABILITY_GOVERNORS.has(t.lower) || INABILITY_GOVERNORS.has(t.lemma)) negated = true;
      else if (cues.hopeVerbs.includes(t.lemma)) modality = strongest(modality, "hypothetical");
      else if (cues.intentVerbs.includes(t.lemma) || cues.intentVerbs.includes(t.lower)) {
        modality = strongest(modality, "intended");
        // "Bush prepared to attend the Games", "is preparing to visit": getting ready is a narrated
        // future, like "will"; "is prepared to talk" declares a willingness.
        declared = declared || !gettingReady(tokens, j);
        // "had no plans to send troops": an intent denied is no intent.
        if (t.pos === "NOUN" && deniedBefore(tokens, j)) negated = true;
      } else break;
      continue;
    }

    // "vowed to continue attacks on ships": an aspectual verb carries the noun event's modality, as
    // an infinitive does that of what governs it ("efforts to secure a ceasefire").
    const infinitive = t.lower === t.lemma && tokens[j - 1]?.lower === "to";
    if (head !== "verb" && t.pos === "VERB" && (ASPECTUAL.has(t.lemma) || infinitive)) continue;
    // "postponed the talks", "delayed the release of hostages": a deferred event has not happened.
    if (head !== "verb" && t.pos === "VERB" && DEFERRING.has(t.lemma)) {
      negated = true;
      break;
    }
    if (head !== "verb" && (t.pos === "ADJ" || t.pos === "DET" || t.pos === "NUM")) {
      if (cues.hypotheticalModifiers.includes(t.lower)) modality = strongest(modality, "hypothetical");
      continue;
    }
    break;
  }
  // "demanded that the US stop arms sales", "its demand that Israel ease restrictions": the act of
  // a mandative clause is wanted of someone, not done.
  if (demandedClause(tokens, trigger, cues)) modality = strongest(modality, "hypothetical");
  // "had no evidence that China was preparing to invade": an act its evidence is denied for.
  if (unsupportedClause(tokens, trigger)) modality = strongest(modality, "hypothetical");
  // "are close to signing a peace deal": an act only near has not happened.
  if (nearlyDone(tokens, trigger) || anyoneWho(tokens, trigger))
    modality = strongest(modality, "hypothetical");
  const { condition, whether, futureTime } = conditionsAround(tokens, trigger);
  if (whether) modality = strongest(modality, "hypothetical");
  if (futureTime) modality = strongest(modality, "intended");
  return {
    negated,
    modality,
    declared,
    condition,
    refusal: refusedBy || (negated && modality === "intended"),
  };
}

const NOUN_OR_ADJ: ReadonlySet<string> = new Set(["NOUN", "ADJ"]);

function strongest(a: Modality, b: Modality): Modality {
  const rank: Record<Modality, number> = { actual: 0, intended: 1, hypothetical: 2 };
  return rank[b] > rank[a] ? b : a;
}

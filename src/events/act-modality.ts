/**
 * The code and modality of an act as the text puts it: a refusal of a cooperative act is a
 * rejection, a declared act is the intent to act, a harmful act promised on a condition is a
 * threat, and any other act under a condition is hypothetical.
 *
 * @example
 * actModality(ctx, tokens, match, parties, ruleCode, reportFrame).code.code; // "pledged to provide aid" → "033"
 */
import { assessModality, type ModalityAssessment } from "../attribution/modality.js";
import { NEGATORS } from "../attribution/negators.js";
import type { ReportingFrame } from "../attribution/reporting-frames.js";
import type { CameoCode } from "../core/dictionary-schema.js";
import type { ActorMention, Modality, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { ExtractionContext } from "./event-mention-candidate.js";
import type { EventParties } from "./event-parties.js";
import type { RulePattern } from "./event-rule-index.js";
import { warnerOf } from "./act-warner.js";
import { purposeHost } from "./purpose-clause.js";
import { calledOffNoun, foreseenNoun, phraseModal } from "./phrase-modal.js";
import { vowedNotTo } from "./vowed-refusal.js";

const CONDITIONAL_SPEECH = new Set(["03", "10", "11", "12", "13"]);

/** The code an act takes and how the text commits to it. @example { code, negated: false, modality: "intended", condition: null } */
export interface ActModality {
  readonly code: CameoCode;
  readonly negated: boolean;
  readonly modality: Modality;
  /** Where a condition ("if", "unless") stands: around the trigger, or elsewhere in the sentence. */
  readonly condition: ModalityAssessment["condition"];
}

/**
 * Codes the act from its rule's CAMEO code and the words that govern its trigger.
 * @example actModality(ctx, tokens, match, parties, ruleCode, null).modality // "will not accept refugees" → "actual"
 */
export function actModality(
  ctx: ExtractionContext,
  tokens: Sentence["tokens"],
  match: TokenMatch<RulePattern>,
  parties: EventParties,
  ruleCode: CameoCode,
  reportFrame: ReportingFrame | null,
  mentions: readonly ActorMention[] = [],
): ActModality {
  const rule = match.value.rule;
  const trigger = match.start;
  const sources = parties.sources;
  // "will visit Senegal to mediate": a purpose infinitive is as certain as the visit it is for.
  const host = parties.head === "noun" ? null : purposeHost(tokens, trigger);
  const assessed = assessModality(tokens, host ?? trigger, parties.head, ctx.cues, ruleCode);
  // "will not accept refugees", "refused to meet": refusing a cooperative act is a rejection.
  // "Sharon vowed not to return the Golan Heights": a vow whose own infinitive is denied, with no
  // rule for that act (a harmful one, "vowed not to attack", is coded by its own rule), refuses it.
  // "did not rule out the use of force": where the rule needs the denial, the denial is the act.
  const denialIsAct = rule.polarity === "negated";
  const refusing =
    !denialIsAct && (assessed.refusal || (rule.cameo.startsWith("03") && vowedNotTo(tokens, trigger)));
  const refusal = refusing && ruleCode.refusal ? ctx.rules.cameo.get(ruleCode.refusal) : undefined;
  // "sanctions on Libya were not lifted": a noun trigger's verb group lies inside its own match.
  const negatedInside = parties.head !== "verb" && someNegator(tokens, trigger + 1, match.end);
  const negated =
    refusal || denialIsAct
      ? false
      : assessed.negated ||
        negatedInside ||
        noneActed(tokens, parties, trigger) ||
        (parties.head !== "verb" && calledOffNoun(tokens, match.end)) ||
        describedNounDenied(tokens, trigger, ctx);
  const inside =
    parties.head !== "verb"
      ? (modalInside(tokens, trigger + 1, match.end, ctx) ??
        phraseModal(tokens, trigger, match.end, ctx.cues) ??
        foreseenNoun(tokens, trigger))
      : null;
  const stated =
    inside === "hypothetical" || (inside === "intended" && assessed.modality === "actual")
      ? inside
      : parties.head !== "verb" && assessed.modality === "actual" && offeredBrokering(tokens, trigger, ctx)
        ? "hypothetical"
        : assessed.modality;
  // "Lebanon hopes to receive aid from Gulf states": the subject of a rule read "from @source" is
  // its target; what it wants or plans of the giver is only wished for, and the giver declared nothing.
  const wished = assessed.declared && match.value.pattern.includes("@source") && ruleCode.quadClass <= 2;
  const modality = refusal
    ? "actual"
    : wished
      ? "hypothetical"
      : intentTriggerOf(tokens, trigger, match, ctx) && stated !== "hypothetical"
        ? "intended"
        : stated;
  // A rule triggered by an intent verb itself ("agreed to a ceasefire", "offered aid") declares intent.
  const declared = assessed.declared || intentTriggerOf(tokens, trigger, match, ctx);
  // CAMEO codes a declared act as the intent to act: "pledged to provide aid" and "said it will
  // provide aid" are 033, "wants to attack" is 138. A narrated future ("will meet in Zurich") keeps its code.
  // "Analysts say Russia will withdraw its troops": researchers and analysts (EDU) foresee another's
  // act; what they foresee is no one's declared intent.
  const foreseen =
    reportFrame?.reporter?.actor.sector === "EDU" &&
    modality === "intended" &&
    !sources.some((s) => s.actor.sector === "EDU");
  const bySourceSide =
    !foreseen &&
    reportFrame?.reporter !== undefined &&
    reportFrame.reporter !== null &&
    (!reportFrame.reporter.actor.country ||
      sources.some((s) => s.actor.country === reportFrame.reporter!.actor.country || s.coreferent));
  const declaredCode =
    refusal ??
    (modality === "intended" && ((declared && !foreseen) || bySourceSide) && ruleCode.intent
      ? (ctx.rules.cameo.get(ruleCode.intent) ?? ruleCode)
      : ruleCode);
  // "will boycott the elections unless the president steps down": a harmful act promised on a
  // condition is a threat (CAMEO 13), whatever verb announced it.
  // "will withdraw its peacekeepers unless a ceasefire is arranged": a pull-out promised for when
  // the other side fails to act is held over it, so it is a threat too (CAMEO 0874 is retreat).
  const harmful = declaredCode.quadClass >= 3 || (ruleCode.code === "0874" && unlessAfter(tokens, trigger));
  // "Tehran could close the Strait of Hormuz if attacked, an Iranian commander warned": harm its
  // own side warns it may do is a threat, however the warning hedges it.
  const warner = modality === "actual" || negated ? null : warnerOf(tokens, trigger, mentions);
  // "…, analysts warned": researchers and analysts (EDU) foresee another's act, as they do in a frame.
  const warned =
    warner !== null &&
    warner.actor.sector !== "EDU" &&
    sources.some(
      (s) =>
        s === warner ||
        s.coreferent ||
        (s.actor.country !== null && s.actor.country === warner.actor.country),
    );
  const threat =
    !refusal &&
    (warned || (modality === "intended" && assessed.condition === "outside")) &&
    harmful &&
    !declaredCode.code.startsWith("13");
  const code = threat
    ? (ctx.rules.cameo.get(ruleCode.intent?.startsWith("13") ? ruleCode.intent : "130") ?? declaredCode)
    : declaredCode;
  // Threats, demands, rejections and offers carry their conditions; any other act under a
  // condition is hypothetical.
  const carriesCondition = CONDITIONAL_SPEECH.has(code.code.slice(0, 2));
  // "signed a treaty that includes a pledge of assistance if either is attacked": a done act, told
  // in the past with no modal, is not what a later "if" hangs on; the condition is its object's.
  const doneBeforeCondition =
    assessed.condition === "outside" && modality === "actual" && pastFiniteVerb(tokens, trigger);
  const conditional =
    assessed.condition === "inside" ||
    (assessed.condition === "outside" && !carriesCondition && !doneBeforeCondition);
  const finalModality =
    threat && code.code.startsWith("13")
      ? "intended"
      : // "will face sanctions if it fails to cooperate": a refusal inside the condition is not made.
        (conditional && (!refusal || assessed.condition === "inside")) || foreseen
        ? "hypothetical"
        : modality;
  return { code, negated, modality: finalModality, condition: assessed.condition };
}

// Verbs of a third party bringing the sides to an agreement: "mediate a ceasefire", "broker a truce".
const BROKERING: ReadonlySet<string> = new Set(["mediate", "broker", "negotiate", "arrange", "facilitate"]);
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * "an Egyptian offer to mediate a ceasefire with Hamas", "Qatar offered to broker a truce": what a
 * mediator only offers or plans to bring about is no agreement yet.
 */
function offeredBrokering(tokens: Sentence["tokens"], trigger: number, ctx: ExtractionContext): boolean {
  for (let j = trigger - 1; j >= 0 && trigger - j <= 4; j--) {
    const t = tokens[j]!;
    if (t.pos === "VERB") {
      return BROKERING.has(t.lemma) && assessModality(tokens, j, "verb", ctx.cues).modality !== "actual";
    }
    if (!NOUN_PHRASE_POS.has(t.pos)) return false;
  }
  return false;
}

/**
 * "failed to adopt a resolution demanding a ceasefire": a participle describing a noun shares the
 * fate of the verb governing that noun; a resolution not adopted demands nothing.
 */
function describedNounDenied(tokens: Sentence["tokens"], trigger: number, ctx: ExtractionContext): boolean {
  // wink's tags make "a resolution demanding" a gerund noun as often as a participle.
  if (!tokens[trigger]!.lower.endsWith("ing") || tokens[trigger - 1]?.pos !== "NOUN") return false;
  for (let j = trigger - 2; j >= 0 && trigger - j <= 6; j--) {
    const t = tokens[j]!;
    if (t.pos === "VERB") {
      const governing = assessModality(tokens, j, "verb", ctx.cues);
      return governing.negated || governing.refusal;
    }
    if (!NOUN_PHRASE_POS.has(t.pos)) return false;
  }
  return false;
}

/** "No sitting US president has ever met …": a subject under "no" did not act. */
function noneActed(tokens: Sentence["tokens"], parties: EventParties, trigger: number): boolean {
  return parties.sources.some((s) => {
    if (s.span.end > trigger) return false;
    let j = s.span.start - 1;
    while (j >= 0 && s.span.start - j <= 3 && modifierBefore(tokens[j]!)) j--;
    return tokens[j]?.lower === "no";
  });
}

/** A word modifying the noun after it: "former", "senior", "sitting" (which wink may tag a noun). */
function modifierBefore(t: Sentence["tokens"][number]): boolean {
  return t.pos === "ADJ" || t.pos === "NOUN" || (t.pos === "VERB" && /(?:ing|ed)$/.test(t.lower));
}

/** True when "not", "n't" or "never" stands among tokens `from` to `to`. */
function someNegator(tokens: Sentence["tokens"], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (NEGATORS.has(tokens[j]!.lower)) return true;
  return false;
}

/** "sanctions on Iraq will be lifted": the modal of a noun trigger's own verb group, inside its match. */
function modalInside(
  tokens: Sentence["tokens"],
  from: number,
  to: number,
  ctx: ExtractionContext,
): Modality | null {
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.lower;
    if (ctx.cues.hypotheticalModals.includes(w)) return "hypothetical";
    if (ctx.cues.intendedModals.includes(w)) return "intended";
  }
  return null;
}

/** True when "unless" opens a condition after the trigger, within its part of the sentence. */
function unlessAfter(tokens: Sentence["tokens"], trigger: number): boolean {
  for (let j = trigger + 1; j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    if (w === ";") return false;
    if (w === "unless") return true;
  }
  return false;
}

function intentTriggerOf(
  tokens: Sentence["tokens"],
  at: number,
  match: TokenMatch<RulePattern>,
  ctx: ExtractionContext,
): boolean {
  const rule = match.value.rule;
  // "offered condolences", "offered an apology": a rule whose verb performs its act declares no
  // intent; nor does a passive read object first ("Israel's offer was dismissed").
  if (rule.modality === "actual" || match.value.passiveForm !== undefined) return false;
  const lemma = tokens[at]!.lemma;
  // "committed atrocities", "moved troops to the border" did them; only "committed to", "moved to
  // impose" declare an act to come.
  if (DOING_UNLESS_TO.has(lemma) && tokens[at + 1]?.lower !== "to") return false;
  return !rule.cameo.startsWith("03") && (ctx.cues.intentVerbs.includes(lemma) || lemma === "agree");
}

const DOING_UNLESS_TO: ReadonlySet<string> = new Set(["commit", "move"]);

/** True when the token is a verb in a past form, not a gerund or a present in -s: "signed", "met". */
function pastFiniteVerb(tokens: Sentence["tokens"], at: number): boolean {
  const t = tokens[at]!;
  return t.pos === "VERB" && t.lower !== t.lemma && !t.lower.endsWith("ing") && !t.lower.endsWith("s");
}

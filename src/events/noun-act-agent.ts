/**
 * The actor of a noun event that has no owner, no agent after "by" and no subject of its own: the
 * forces a deployment moves ("the deployment of 3,000 US troops" is the United States'), else
 * whoever announced it ("The Pentagon announced the deployment of troops to Poland").
 *
 * @example
 * nounActAgent(syntax, trigger, match.end, "154")[0]?.text // "The deployment of US troops began" → "US troops"
 */
import type { ActorMention } from "../core/types.js";
import { FORCE_SECTORS } from "../core/state-sectors.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { hasIdentity } from "./mention-identity.js";
import { movesForces, NOUN_PHRASE_OPENERS } from "./own-forces.js";

/**
 * The state's forces inside a force-posture noun's pattern, else the subject of an "announce" whose
 * object the noun is; none otherwise.
 * @example nounActAgent(syntax, 4, 9, "154") // "The Pentagon announced the deployment of troops" → [The Pentagon]
 */
export function nounActAgent(
  syntax: SentenceSyntax,
  trigger: number,
  end: number,
  cameo: string,
): ActorMention[] {
  const tokens = syntax.tokens;
  // "The deployment of US troops began": forces moved are their state's, when the noun opens the
  // sentence (a deployment demanded, rejected or discussed is no one's act yet).
  if (movesForces(cameo) && opensSentence(tokens, trigger)) {
    const forces = syntax.mentions.filter(
      (m) =>
        m.span.start > trigger &&
        m.span.end <= end &&
        m.actor.country !== null &&
        m.actor.sector !== null &&
        FORCE_SECTORS.has(m.actor.sector) &&
        // "US troops" is owned; "troops in Poland" only placed.
        !m.entryIds[0]?.startsWith("agent:"),
    );
    if (forces.length > 0) return forces;
  }
  // Words that may stand between "announced" and its noun: "announced the immediate deployment".
  let j = trigger - 1;
  while (j >= 0 && trigger - j <= 4 && NOUN_PHRASE_OPENERS.has(tokens[j]!.pos)) j--;
  // A state announcing an act in its power announces its own: "Seoul announced the suspension of
  // the drills". "announced" as a bare participle ("the newly announced deployment") has no subject.
  if (j < 0 || tokens[j]!.lemma !== "announce" || tokens[j]!.pos !== "VERB" || tokens[j - 1]?.pos === "DET")
    return [];
  // The announcer is the report's speaker, which the syntax leaves out of every event's parties:
  // here it is the one who acts.
  let subjectEnd = j;
  while (subjectEnd > 0 && SUBJECT_GAP.has(tokens[subjectEnd - 1]!.pos)) subjectEnd--;
  const announcer = syntax.mentions.find((m) => m.span.end === subjectEnd && hasIdentity(m));
  // "state media announced the launch": the media report the act; they do not launch.
  return announcer && announcer.actor.sector !== "MED" ? [announcer] : [];
}

const SUBJECT_GAP: ReadonlySet<string> = new Set(["ADV", "AUX"]);

/** True when only noun-phrase openers stand before the trigger. */
function opensSentence(tokens: SentenceSyntax["tokens"], trigger: number): boolean {
  for (let k = 0; k < trigger; k++) if (!NOUN_PHRASE_OPENERS.has(tokens[k]!.pos)) return false;
  return true;
}

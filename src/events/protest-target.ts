/**
 * Whom a protest is aimed at when its verb names no one: the purpose or cause after it. "Students
 * marched in Seoul to protest against Japan's trade curbs", "demonstrators blocked a road to show
 * their disapproval of the United States' policies", "farmers blocked highways in protest at
 * Brazil's tariffs": the state the protest answers is its target.
 *
 * @example
 * protestPurposeTarget(syntax, match.end, sources)[0]?.text // "… to protest against Japan's trade curbs" → "Japan"
 */
import { STATE_SECTORS } from "../core/state-sectors.js";
import type { ActorMention } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { hasIdentity } from "./mention-identity.js";

// Verbs and nouns of objecting that open a protest's purpose: "to protest", "to show their anger".
const OBJECTING: ReadonlySet<string> = new Set([
  "protest",
  "denounce",
  "condemn",
  "oppose",
  "decry",
  "demand",
  "anger",
  "disapproval",
  "opposition",
  "displeasure",
  "outrage",
  "fury",
  "frustration",
  "solidarity",
  // "blocked streets in defiance of Chinese authorities": the authorities defied are the target.
  "defiance",
]);
// What the objection is aimed at follows one of these: "against", "at", "over", "of", "for".
const AIMING: ReadonlySet<string> = new Set(["against", "at", "over", "of", "for", "about", "to"]);
// Words that end the purpose phrase before an aim is found.
const PHRASE_END: ReadonlySet<string> = new Set([",", ";", "but", "while", "and", "after", "as", "when"]);

/**
 * The actor a protest's purpose or cause names ("to protest against X", "in protest at X's …", "to
 * show their anger at X"), within a few words after the match; empty when there is none.
 * @example protestPurposeTarget(syntax, end, sources)
 */
export function protestPurposeTarget(
  syntax: SentenceSyntax,
  end: number,
  sources: readonly ActorMention[],
): ActorMention[] {
  const tokens = syntax.tokens;
  let objecting = -1;
  for (let i = end; i < tokens.length && i - end <= 8; i++) {
    const t = tokens[i]!;
    if (PHRASE_END.has(t.lower)) return [];
    // "to protest", "in protest", "to show their anger".
    if (
      OBJECTING.has(t.lemma) &&
      (tokens[i - 1]?.lower === "to" || tokens[i - 1]?.lower === "in" || t.pos === "NOUN")
    ) {
      objecting = i;
      break;
    }
  }
  if (objecting < 0) return [];
  // "to protest Japan's curbs" names its aim right away; otherwise after "against", "at", "over"….
  for (let i = objecting + 1; i < tokens.length && i - objecting <= 6; i++) {
    const t = tokens[i]!;
    if (PHRASE_END.has(t.lower)) return [];
    const direct = i === objecting + 1;
    if (!direct && !AIMING.has(tokens[i - 1]!.lower) && !AIMING.has(tokens[i - 2]?.lower ?? "")) continue;
    const m = syntax.startingAt(i);
    if (m && hasIdentity(m) && !syntax.excluded.has(m) && !sources.includes(m) && m.actor.country !== null)
      return [m];
  }
  return [];
}

/**
 * True when a protest noun stands in the phrase "in protest": "withdrew its ambassador in protest
 * at Spain's shift", "farmers blocked roads in protest at taxes" tell why another act was done;
 * that act, not a second protest, is the event.
 * @example mannerProtest(tokens, i, "141") // "in protest at" → true
 */
export function mannerProtest(tokens: SentenceSyntax["tokens"], trigger: number, cameo: string): boolean {
  return cameo.startsWith("14") && tokens[trigger]!.pos === "NOUN" && tokens[trigger - 1]?.lower === "in";
}

const BLOCKADE = "191";
const OBSTRUCTION = "144";
// Sectors that bear arms without being the state: their blockade is one of force.
const ARMED_NON_STATE: ReadonlySet<string> = new Set(["REB", "UAF", "INS", "SEP"]);

/**
 * The obstruction of passage (144) for a blockade by people who are neither the state nor armed:
 * "Polish truckers blockaded border crossings with Ukraine" protest, where "Israel blockaded Gaza"
 * restricts movement by force (191). Null for any other code or blockader.
 * @example civilBlockadeCode("191", [truckers]) // "144"
 */
export function civilBlockadeCode(code: string, sources: readonly ActorMention[]): string | null {
  if (code !== BLOCKADE || sources.length === 0) return null;
  const civil = sources.every((s) => {
    const sector = s.actor.sector;
    return sector !== null && !STATE_SECTORS.has(sector) && !ARMED_NON_STATE.has(sector);
  });
  return civil ? OBSTRUCTION : null;
}

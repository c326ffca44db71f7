/**
 * Who made the object an event names: "condemned a proposal put forward by Egypt".
 *
 * @example
 * authorOfObject(syntax, match.end, sources);
 */
import type { ActorMention } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { hasIdentity } from "./mention-identity.js";

const OBJECT_PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "NUM"]);
// Particles of a participle before its agent: "put forward by", "drawn up by", "carried out by".
const PARTICIPLE_PARTICLES: ReadonlySet<string> = new Set(["forward", "up", "out", "together"]);
// "signed a deal brokered by Qatar": a mediator brought the deal about between others; the act on
// the deal is not aimed at it (its mediation is coded on its own).
const MEDIATING: ReadonlySet<string> = new Set(["brokered", "mediated", "facilitated"]);

/**
 * The agent of a participle right after the matched object: "a proposal put forward by Egypt",
 * "the plan drafted by France". Empty when the object is not followed by such a participle.
 * @example authorOfObject(syntax, matchEnd, sources) // [mention of "Egypt"]
 */
export function authorOfObject(
  syntax: SentenceSyntax,
  end: number,
  sources: readonly ActorMention[],
): ActorMention[] {
  const tokens = syntax.tokens;
  // "condemned the attack carried out by …": the object may follow the match.
  let at = end;
  while (at - end < 4 && OBJECT_PHRASE.has(tokens[at]?.pos ?? "")) at++;
  if (tokens[at - 1]?.pos !== "NOUN") return [];
  const participle = tokens[at];
  const participial = participle?.pos === "VERB" || participle?.pos === "ADJ";
  if (!participle || !participial || !/(?:ed|en|wn|t|made)$/.test(participle.lower)) return [];
  if (MEDIATING.has(participle.lower)) return [];
  let by = at + 1;
  if (PARTICIPLE_PARTICLES.has(tokens[by]?.lower ?? "")) by++;
  if (tokens[by]?.lower !== "by") return [];
  const agent = syntax.findAgent(by, 1);
  // "the demonstration staged by students": an agent no one can place names no target.
  return agent.some((m) => sources.includes(m) || !hasIdentity(m) || m.actor.country === null) ? [] : agent;
}

/**
 * "Armenia and Azerbaijan signed a peace treaty, brokered by Trump": a participle of mediation set
 * off by a comma describes the main clause's deal, whose makers are the sides mediated between.
 *
 * @example
 * brokeredSides(syntax, trigger, "045").map((m) => m.text) // ["Armenia", "Azerbaijan"]
 */
import type { ActorMention } from "../core/types.js";
import { commaParticipleHost } from "./clause-roles.js";
import type { SentenceSyntax } from "./clause-syntax.js";

const MEDIATE = "045";

/**
 * The subjects of the verb a comma-led participle of mediation hangs on; none otherwise.
 * @example brokeredSides(syntax, 12, "045") // ", brokered by Trump" → the signers
 */
export function brokeredSides(syntax: SentenceSyntax, trigger: number, cameo: string): ActorMention[] {
  if (cameo !== MEDIATE) return [];
  const host = commaParticipleHost(syntax.tokens, trigger);
  return host === null ? [] : syntax.findSubject(host);
}

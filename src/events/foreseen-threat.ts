/**
 * A warning of another party's attack is no threat: "Iran warned Israel of a crushing attack"
 * threatens, but "Taiwanese officials warned of a Chinese invasion" foresees China's act, and the
 * warner threatens no one.
 *
 * @example
 * warnedOfOthersAct(syntax, match, sources); // "Taiwan warned of a Chinese invasion" → true
 */
import type { ActorMention } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import type { RulePattern } from "./event-rule-index.js";

const THREATEN_ROOT = "13";

/**
 * True when a threat rule read from "warn … of <act>" names an act whose owner or national
 * modifier is of another state than every source's.
 * @example warnedOfOthersAct(syntax, match, sources) // "warned of a Chinese invasion" → true
 */
export function warnedOfOthersAct(
  syntax: SentenceSyntax,
  match: TokenMatch<RulePattern>,
  sources: readonly ActorMention[],
): boolean {
  const tokens = syntax.tokens;
  if (!match.value.rule.cameo.startsWith(THREATEN_ROOT) || tokens[match.start]!.lemma !== "warn")
    return false;
  const act = match.end - 1;
  if (tokens[act]?.pos !== "NOUN" || !tokens.slice(match.start, act).some((t) => t.lower === "of"))
    return false;
  const owners = syntax.findPossessor(act);
  const home = new Set(sources.map((s) => s.actor.country));
  return owners.length > 0 && owners.every((o) => o.actor.country !== null && !home.has(o.actor.country));
}

/**
 * A travel ban, visa ban or blacklisting laid on another state's people is a sanction between
 * states (CAMEO 163), not a government's administrative measure at home (172): "Australia imposed
 * travel bans on Myanmar generals" against "a court imposed a travel ban on the former president".
 *
 * @example
 * foreignSanctionCode(ruleCode, tokens, match, sources, targets); // "… travel bans on Myanmar generals" → "163"
 */
import type { CameoCode } from "../core/dictionary-schema.js";
import type { ActorMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { RulePattern } from "./event-rule-index.js";

const ADMINISTRATIVE = "172";
const SANCTION = "163";
// Words of a measure that keeps people out or marks them: "travel ban", "visa restrictions", "blacklist".
const EXCLUDING: ReadonlySet<string> = new Set(["travel", "visa", "entry", "blacklist"]);

/**
 * "163" when an administrative measure that bars travel or blacklists falls on people of a state
 * other than every source's own, else null.
 * @example foreignSanctionCode(ruleCode, tokens, match, sources, targets) // "EU imposed a travel ban on Belarusian officials" → "163"
 */
export function foreignSanctionCode(
  ruleCode: CameoCode,
  tokens: Sentence["tokens"],
  match: TokenMatch<RulePattern>,
  sources: readonly ActorMention[],
  targets: readonly ActorMention[],
): string | null {
  if (ruleCode.code !== ADMINISTRATIVE || sources.length === 0 || targets.length === 0) return null;
  let excluding = false;
  for (let j = match.start; j < match.end; j++) if (EXCLUDING.has(tokens[j]!.lemma)) excluding = true;
  if (!excluding) return null;
  // An international organisation has no home: every state's people are foreign to it.
  if (sources.some((s) => s.actor.country === null && !s.actor.code.startsWith("IGO"))) return null;
  const home = new Set(sources.map((s) => s.actor.country));
  return targets.every((t) => t.actor.country !== null && !home.has(t.actor.country)) ? SANCTION : null;
}

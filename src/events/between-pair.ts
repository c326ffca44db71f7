/**
 * The two sides a noun event names after "between": "talks between Israel and Syria", "Egypt's
 * mediation between Israel and Hamas". The second side counts when a verb inside the pattern tells
 * the act happened, or a verb after the pair does; "the dialogue between Trump and Kim illustrates …"
 * is commentary, with one side only.
 *
 * @example
 * pairAfterBetween(syntax, between, trigger).map((m) => m.text) // ["Israel", "Syria"]
 */
import type { ActorMention } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { happened } from "./party-cues.js";

/**
 * The actors right after "between" at token `between`: one, or a pair joined by "and". An act
 * whose owner is named ("Egypt's mediation between …") is told by its owner, so its second side
 * needs no verb to count (`owned`).
 * @example pairAfterBetween(syntax, 2, 0) // "talks between Israel and Syria resumed" → Israel, Syria
 */
export function pairAfterBetween(
  syntax: SentenceSyntax,
  between: number,
  trigger: number,
  owned = false,
): ActorMention[] {
  const tokens = syntax.tokens;
  const pair = syntax.findObject(between, 3);
  const first = pair[0];
  if (pair.length === 1 && first && tokens[first.span.end]?.lower === "and") {
    const at = tokens[first.span.end + 1]?.lower === "the" ? first.span.end + 2 : first.span.end + 1;
    const second = syntax.startingAt(at);
    // "fighting erupted between X and Y": the pattern's own verb tells it happened.
    const told = between > trigger + 1 && tokens[between - 1]!.pos === "VERB";
    if (second && (owned || told || happened(tokens, second.span.end))) pair.push(second);
  }
  return pair;
}

/**
 * Epithets wire copy keeps for one state: "the self-ruled island" is Taiwan, "the Jewish state"
 * Israel, "the Islamic republic" Iran, "the hermit kingdom" North Korea, "the communist island"
 * Cuba. Such a phrase stands for its state when the report has named that state, whatever other
 * states are in view ("Taiwan reported Chinese aircraft … The self-ruled island accused Beijing").
 *
 * @example
 * stateEpithet(tokens, 0, prior, 1)?.state.code; // "The self-ruled island accused Beijing" → "TWN"
 */
import type { ActorMention, ActorRef, Token } from "../core/types.js";

// The words after "the", as the tokeniser splits them ("self-ruled" is three tokens), and the state.
const EPITHETS: readonly (readonly [readonly string[], string])[] = [
  [["self", "-", "ruled", "island"], "TWN"],
  [["self", "-", "governing", "island"], "TWN"],
  [["democratic", "island"], "TWN"],
  [["jewish", "state"], "ISR"],
  [["hebrew", "state"], "ISR"],
  [["islamic", "republic"], "IRN"],
  [["hermit", "kingdom"], "PRK"],
  [["hermit", "state"], "PRK"],
  [["reclusive", "state"], "PRK"],
  [["reclusive", "regime"], "PRK"],
  [["nuclear", "-", "armed", "north"], "PRK"],
  [["communist", "island"], "CUB"],
  [["communist", "-", "run", "island"], "CUB"],
  [["city", "-", "state"], "SGP"],
];

/**
 * The end of a state's own epithet opening at token `i` ("the self-ruled island") and the state as
 * the report last named it within two sentences of `sentence`, or null.
 * @example stateEpithet(tokens, i, prior, 1)?.end // i + 5
 */
export function stateEpithet(
  tokens: readonly Token[],
  i: number,
  prior: readonly ActorMention[],
  sentence: number,
): { readonly end: number; readonly state: ActorRef } | null {
  if (tokens[i]?.lower !== "the") return null;
  for (const [words, country] of EPITHETS) {
    if (!words.every((w, k) => tokens[i + 1 + k]?.lower === w)) continue;
    const end = i + 1 + words.length;
    // "the Jewish state's", "the Islamic republic's leaders": the epithet may own what follows,
    // but "the Islamic Republic News Agency" is a name of its own.
    const next = tokens[end];
    if (next && (next.pos === "PROPN" || next.text === "-")) return null;
    for (let k = prior.length - 1; k >= 0; k--) {
      const m = prior[k]!;
      if (sentence - m.span.sentence > 2) break;
      if (m.actor.country === country && !m.group)
        return {
          end,
          state: { code: country, country, sector: null, name: m.actor.name, actorId: `country:${country}` },
        };
    }
    return null;
  }
  return null;
}

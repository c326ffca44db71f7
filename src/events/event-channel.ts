/**
 * The contact channel an event went through ("by letter", "in a phone call", "at the summit"), read
 * from the cue words nearest its trigger.
 *
 * @example
 * channelNear(sentence, trigger, code); // "rejected Trump's letter" → "letter"
 */
import type { CameoCode } from "../core/dictionary-schema.js";
import type { Channel, Sentence } from "../core/types.js";

const CHANNEL_CUES: readonly (readonly [Channel, readonly string[]])[] = [
  ["letter", ["letter", "correspondence", "message"]],
  ["call", ["phone", "call", "telephone", "videoconference"]],
  ["summit", ["summit"]],
  ["envoy", ["envoy", "emissary", "delegation"]],
  ["statement", ["statement"]],
];

/** How far from its trigger a cue word may stand. */
const REACH = 16;

// Each cue word with the rank of its channel (a word listed twice keeps its first): at equal
// distance, the channel listed first wins. One pass over the trigger's reach then finds the cue.
const RANK_OF_CUE: ReadonlyMap<string, number> = new Map(
  CHANNEL_CUES.flatMap(([, words], rank) => words.map((w) => [w, rank] as const)).reverse(),
);
const NO_CUE = CHANNEL_CUES.length;

/** The channel cue nearest the trigger; a meeting code with none meets in person. @example channelNear(sentence, trigger, code) // "letter" */
export function channelNear(sentence: Sentence, trigger: number, code: CameoCode): Channel | null {
  if (code.quadClass === 2 || code.quadClass === 4) return null;
  const tokens = sentence.tokens;
  let best = NO_CUE;
  let distance = REACH + 1;
  const end = Math.min(tokens.length, trigger + REACH + 1);
  for (let j = Math.max(0, trigger - REACH); j < end; j++) {
    const t = tokens[j]!;
    const rank = Math.min(RANK_OF_CUE.get(t.lemma) ?? NO_CUE, RANK_OF_CUE.get(t.lower) ?? NO_CUE);
    if (rank === NO_CUE) continue;
    const near = Math.abs(j - trigger);
    if (near < distance || (near === distance && rank < best)) {
      best = rank;
      distance = near;
    }
  }
  if (best !== NO_CUE) return CHANNEL_CUES[best]![0];
  if (code.code.startsWith("04")) return "meeting";
  return null;
}

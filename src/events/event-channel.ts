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

/** The channel cue nearest the trigger; a meeting code with none meets in person. @example channelNear(sentence, trigger, code) // "letter" */
export function channelNear(sentence: Sentence, trigger: number, code: CameoCode): Channel | null {
  if (code.quadClass === 2 || code.quadClass === 4) return null;
  const tokens = sentence.tokens;
  let best: Channel | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const [channel, words] of CHANNEL_CUES) {
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j]!;
      const near = Math.abs(j - trigger);
      if ((words.includes(t.lemma) || words.includes(t.lower)) && near < distance && near <= 16) {
        best = channel;
        distance = near;
      }
    }
  }
  if (best) return best;
  if (code.code.startsWith("04")) return "meeting";
  return null;
}

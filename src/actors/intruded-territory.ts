/**
 * "A Chinese survey ship entered its territorial waters": the "its" of waters, airspace or
 * territory that someone enters or violates belongs to another state than the intruder's.
 *
 * @example
 * intruderCountry(tokens, 13, mentions); // "… a Chinese survey ship entered its territorial waters" → "CHN"
 */
import type { ActorMention, Token } from "../core/types.js";

const INTRUDING: ReadonlySet<string> = new Set([
  "enter",
  "violate",
  "intrude",
  "penetrate",
  "invade",
  "breach",
]);
const MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "NOUN"]);
const TERRITORY: ReadonlySet<string> = new Set([
  "airspace",
  "water",
  "waters",
  "territory",
  "border",
  "soil",
]);

/**
 * The state of the subject that enters or violates the territory "its" (token `i`) owns, or null
 * when "its" does not stand there.
 * @example intruderCountry(tokens, i, mentions) // "… a Chinese survey ship entered its territorial waters" → "CHN"
 */
export function intruderCountry(
  tokens: readonly Token[],
  i: number,
  mentions: readonly ActorMention[],
): string | null {
  if (tokens[i]?.lower !== "its") return null;
  // "its territorial waters": wink may tag the modifier a noun, so the head is the run's last word.
  let head = i + 1;
  while (head - i < 3 && MODIFIERS.has(tokens[head + 1]?.pos ?? "") && !TERRITORY.has(tokens[head]!.lemma))
    head++;
  if (!TERRITORY.has(tokens[head]?.lemma ?? "")) return null;
  // "entered its", "intruded into its", "repeatedly violated its".
  let verb = i - 1;
  if (tokens[verb]?.pos === "ADP") verb--;
  if (!INTRUDING.has(tokens[verb]?.lemma ?? "")) return null;
  let before = verb - 1;
  while (before >= 0 && (tokens[before]!.pos === "ADV" || tokens[before]!.pos === "AUX")) before--;
  const subject = mentions.find((m) => m.span.end === before + 1);
  return subject?.actor.country ?? null;
}

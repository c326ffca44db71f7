/**
 * Ships and aircraft as what an act is aimed at: a craft seized or threatened belongs to someone
 * abroad, so such acts are never aimed at the actor's own state by default.
 *
 * @example
 * seizedCraft(tokens, trigger, "1711"); // "Houthi rebels seized a cargo ship" → true
 */
import type { Sentence } from "../core/types.js";

// Ships and aircraft: what is seized of them at sea or in the air belongs to someone abroad.
const CRAFT = new Set([
  "ship",
  "tanker",
  "vessel",
  "boat",
  "freighter",
  "trawler",
  "yacht",
  "aircraft",
  "plane",
  "jet",
]);

/**
 * "Houthi rebels seized a cargo ship", "the tanker was seized by Iranian commandos": a craft seized
 * is no property of the seizer's own state.
 * @example seizedCraft(tokens, trigger, "1711") // "seized a cargo ship" → true
 */
export function seizedCraft(tokens: Sentence["tokens"], trigger: number, code: string): boolean {
  if (code !== "1711") return false;
  // A passive pattern starts on its object: "the tanker was seized" has the craft as trigger.
  if (CRAFT.has(tokens[trigger]!.lemma) && tokens[trigger]!.pos === "NOUN") return true;
  for (let j = trigger + 1; j < tokens.length && j - trigger <= 5; j++) {
    const t = tokens[j]!;
    if (CRAFT.has(t.lemma)) return true;
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(t.pos) && t.lower !== "-") return false;
  }
  return false;
}

/** Threats and coercion, which a state or group may aim at ships and aircraft abroad. @example CRAFT_AIMED_ROOTS.has("13") // true */
export const CRAFT_AIMED_ROOTS: ReadonlySet<string> = new Set(["13", "17"]);

/**
 * "fired water cannon on Saturday at boats carrying supplies", "threatened to attack ships in the
 * Red Sea": force used or threatened at a ship or aircraft (the threatened act's object, or the
 * first noun after a preposition) is aimed at someone abroad, not at the state's own people.
 * @example craftAimedAt(tokens, trigger) // "threatened to attack ships" → true
 */
export function craftAimedAt(tokens: Sentence["tokens"], trigger: number): boolean {
  let afterPreposition = false;
  for (let j = trigger + 1; j < tokens.length && j - trigger <= 8; j++) {
    const t = tokens[j]!;
    // "threatened to attack ships": the threatened act's object is what the threat is aimed at.
    if (t.lower === "to" && tokens[j + 1]?.pos === "VERB") {
      j++;
      afterPreposition = true;
    } else if (t.pos === "ADP") afterPreposition = true;
    else if (t.pos === "NOUN" && afterPreposition) return CRAFT.has(t.lemma);
    else if (t.pos === "VERB" || t.pos === "PUNCT") return false;
  }
  return false;
}

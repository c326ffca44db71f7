/**
 * State words that, by the words around them, name no state: a country that is also a given name
 * or surname ("Michael Jordan", "Chad Johnson"), and a demonym that only says where a thing comes
 * from ("Spanish flu", "French fries", "Turkish coffee").
 *
 * @example
 * personNamedLikeState(tokens, 1, 2, atomAt); // "Michael Jordan criticised the league" → true
 */
import type { Token } from "../core/types.js";
import type { Atom } from "./actor-atoms.js";
import { namePartAt } from "./unknown-names.js";

// Countries whose names people bear as given names or surnames ("Jordan Bardella" and "Israel Katz"
// are in the dictionary and match whole, before this is asked).
const NAME_STATES = new Set(["Jordan", "Chad", "Israel", "India", "Georgia"]);

// Endings of adjectives that a sentence's first word, capitalised and tagged a name, may carry
// ("Landlocked Chad", "Tiny Jordan", "Neighbouring Jordan", "Southern Chad"): no given name ends so.
const ADJECTIVE_ENDING = /(?:ed|ing|y|al|ic|ish|ese|an|ern|ful|ous|ite|ive)$/i;

/**
 * True when the one-word country at start..end is part of a person's name: a capitalised name word
 * that is no other actor stands right before it ("Michael Jordan", "said Vernon Jordan"), or a known
 * surname right after it ("Chad Johnson").
 * @example personNamedLikeState(tokens, 0, 1, atomAt) // "Chad Johnson praised the deal" → true
 */
export function personNamedLikeState(
  tokens: readonly Token[],
  start: number,
  end: number,
  atomAt: ReadonlyMap<number, Atom>,
): boolean {
  if (end - start !== 1 || !NAME_STATES.has(tokens[start]!.text)) return false;
  // After it only a known surname: a country and a capitalised word are more often one of its
  // bodies ("the Kenya Anti-Corruption Commission", "India Today") than a person.
  if (namePartAt(tokens, end) && atomAt.get(end)?.entry.kind === "short-name") return true;
  const before = start - 1;
  if (before < 0 || !namePartAt(tokens, before) || atomAt.has(before)) return false;
  // A sentence's first word is capitalised whatever it is: only a word shaped like a name counts.
  return before > 0 || !ADJECTIVE_ENDING.test(tokens[before]!.text);
}

// Things a demonym places without making its state an actor: diseases and their variants, food
// and drink, games. "Russian strain" stays out: a strain may be a state's ("the strain on Russian
// finances").
const THINGS_FROM_A_PLACE = new Set([
  "flu",
  "influenza",
  "variant",
  "variants",
  "fries",
  "coffee",
  "tea",
  "cuisine",
  "restaurant",
  "restaurants",
  "dish",
  "dishes",
  "wine",
  "wines",
  "cheese",
  "yogurt",
  "yoghurt",
  "delight",
  "roulette",
  "measles",
  "encephalitis",
]);

/**
 * True when the demonym ending at `end` only qualifies a thing from its country ("Spanish flu",
 * "French fries", "the Indian variant"), which is no actor of that state.
 * @example demonymOfThing(tokens, 0, 1) // "Spanish flu killed millions" → true
 */
export function demonymOfThing(tokens: readonly Token[], start: number, end: number): boolean {
  if (!THINGS_FROM_A_PLACE.has(tokens[end]?.lower ?? "")) return false;
  // "tariffs on Australian wine", "banned Georgian wine": a trade measure against goods is aimed
  // at the state they come from.
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    if (TRADE_MEASURES.has(tokens[i]!.lemma)) return false;
  }
  return true;
}

// Words of a trade measure whose goods name the state it bears on.
const TRADE_MEASURES = new Set([
  "tariff",
  "duty",
  "duties",
  "ban",
  "import",
  "imports",
  "export",
  "exports",
  "embargo",
  "boycott",
  "quota",
  "levy",
  "sanction",
  "sanctions",
]);

// A valley or a lake named after a state lies elsewhere or across several ("the Jordan Valley" is in
// the West Bank; Lake Chad borders four states). A river keeps its state: "a town on the Congo
// River" is in the Congo as often as not.
/**
 * True when the country at start..end names a valley or lake ("the Jordan Valley", "Lake Chad") or
 * an animal ("a Guinea pig"), which is no actor and places nothing in that state.
 * @example namesFeature(tokens, 3, 4) // "annex the Jordan Valley" → true
 */
export function namesFeature(tokens: readonly Token[], start: number, end: number): boolean {
  // "a Guinea pig", written with the capital the animal's name sometimes keeps.
  const animal = tokens[start]?.text === "Guinea" && /^pigs?$/i.test(tokens[end]?.text ?? "");
  return animal || tokens[end]?.lower === "valley" || tokens[start - 1]?.text === "Lake";
}

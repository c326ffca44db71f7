/**
 * Objects that make a verb of violence figurative: "waged a war on drugs", "vowed to fight
 * corruption", "attacked the proposal" (which criticises it) are no fighting.
 *
 * @example
 * figurativeObject(tokens, match.end); // "… to fight corruption" → "abstract"
 */
import type { Sentence } from "../core/types.js";
import { HARM_ROOTS } from "./clause-roles.js";

// Ills, crimes and causes one fights or wars on without arms.
const ABSTRACT: ReadonlySet<string> = new Set([
  "corruption",
  "poverty",
  "drug",
  "drugs",
  "inflation",
  "crime",
  "disease",
  "virus",
  "pandemic",
  "malaria",
  "cancer",
  "hunger",
  "racism",
  "extremism",
  "terrorism",
  "terror",
  "radicalism",
  "right",
  "unemployment",
  "illiteracy",
  "smuggling",
  "trafficking",
  "climate",
  "charge",
  "allegation",
  "accusation",
  "case",
  "extradition",
  "deportation",
]);

// Proposals, policies and words, which one attacks by criticising them.
const IDEAS: ReadonlySet<string> = new Set([
  "proposal",
  "plan",
  "policy",
  "policies",
  "decision",
  "bill",
  "law",
  "legislation",
  "budget",
  "remark",
  "comment",
  "statement",
  "speech",
  "report",
  "idea",
  "handling",
  "record",
  "stance",
  "approach",
  "reform",
  "ruling",
  "deal",
  "agreement",
  "move",
]);

const PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our"]);

/**
 * "abstract" when the noun phrase from `from` ends on an ill or cause fought without arms, "idea"
 * when it ends on a proposal, policy or statement, else null.
 * @example figurativeObject(tokens, 2) // "attacked the opposition's budget plan as" → "idea"
 */
export function figurativeObject(tokens: Sentence["tokens"], from: number): "abstract" | "idea" | null {
  let head: Sentence["tokens"][number] | undefined;
  if (from < 0) return null;
  for (let j = from; j < tokens.length && j - from < 7; j++) {
    const t = tokens[j]!;
    // "his pension reform", "their budget plan": a possessive opens the phrase.
    if (j === from && POSSESSIVES.has(t.lower)) continue;
    // "decision-making centres": the word after a hyphen belongs to the compound, whatever its tag.
    if (!PHRASE.has(t.pos) && t.lower !== "-" && tokens[j - 1]?.lower !== "-") break;
    if (t.pos === "NOUN") head = t;
  }
  if (!head) return null;
  if (ABSTRACT.has(head.lemma) || ABSTRACT.has(head.lower)) return "abstract";
  return IDEAS.has(head.lemma) || IDEAS.has(head.lower) ? "idea" : null;
}

// Roots of force and threats of it, which an abstract object makes figurative.
const FORCE_ROOTS: ReadonlySet<string> = new Set(["13", "18", "19", "20"]);
// Verbs of attack that, with a proposal or a statement as object, criticise it.
const ATTACKING: ReadonlySet<string> = new Set([
  "attack",
  "assail",
  "hit",
  "slam",
  "blast",
  "target",
  "strike",
]);

/**
 * True when a match of force takes a figurative object and codes nothing: "waged a war on drugs",
 * "vowed to fight corruption", "killed the bill" (an attack on an idea is criticism, see
 * `criticisedIdea`).
 * @example figurativeAct(tokens, cameo, match.start, match.end) // "declared war on poverty" → true
 */
export function figurativeAct(
  tokens: Sentence["tokens"],
  cameo: string,
  trigger: number,
  end: number,
): boolean {
  const root = cameo.slice(0, 2);
  if (!FORCE_ROOTS.has(root)) return false;
  // "took a shot at the central bank", "a parting shot at": a shot with an article is a remark.
  if (tokens[trigger]!.lemma === "shot" && ["DET", "ADJ"].includes(tokens[trigger - 1]?.pos ?? ""))
    return true;
  // "Macron battled to save his pension reform": a struggle for a policy or against an ill.
  if (
    HARM_ROOTS.has(root) &&
    tokens[end]?.lower === "to" &&
    tokens[end + 1]?.pos === "VERB" &&
    figurativeObject(tokens, end + 2) !== null
  )
    return true;
  const object = figurativeObject(tokens, objectStart(tokens, end));
  if (object === "abstract") return true;
  return object === "idea" && HARM_ROOTS.has(root) && !ATTACKING.has(tokens[trigger]!.lemma);
}

/**
 * True when a verb of attack takes a proposal, policy or statement as its object: "attacked the
 * proposal as reckless" criticises it (CAMEO 111).
 * @example criticisedIdea(tokens, cameo, match.start, match.end) // "attacked the proposal" → true
 */
export function criticisedIdea(
  tokens: Sentence["tokens"],
  cameo: string,
  trigger: number,
  end: number,
): boolean {
  return (
    HARM_ROOTS.has(cameo.slice(0, 2)) &&
    ATTACKING.has(tokens[trigger]!.lemma) &&
    figurativeObject(tokens, objectStart(tokens, end)) === "idea"
  );
}

/**
 * Where the object of a match begins: right after it, or after the "on" or "against" that follows
 * the noun it ends on ("waged a war on drugs"); -1 when the pattern's own noun is the object
 * ("violating the ceasefire agreement").
 */
function objectStart(tokens: Sentence["tokens"], end: number): number {
  if (tokens[end - 1]?.pos !== "NOUN") return end;
  const next = tokens[end]?.lower;
  return next === "on" || next === "against" ? end + 1 : -1;
}

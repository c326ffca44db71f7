/**
 * The agent noun that heads a phrase a state's name or demonym opens: "Chinese and Russian
 * officials", "the Saudi-led coalition".
 *
 * @example
 * nextAgentAfterFillers(tokens, end, atomAt);
 */
import type { Token } from "../core/types.js";
import type { Atom } from "./actor-atoms.js";

const FILLER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
const INSTALLED: ReadonlySet<string> = new Set(["led", "installed", "appointed"]);

/**
 * The agent after a list of demonyms: "Chinese [and Russian] officials" → officials.
 * @example sharedHead(tokens, end, atomAt)?.entry.id // "agent:officials"
 */
export function sharedHead(
  tokens: readonly Token[],
  from: number,
  atomAt: ReadonlyMap<number, Atom>,
): Atom | null {
  let j = from;
  let linked = false;
  for (;;) {
    const link = tokens[j]?.lower;
    if (link !== "and" && link !== "," && link !== "or") break;
    j++;
    if (tokens[j]?.lower === "and") j++;
    const next = atomAt.get(j);
    if (!next || (next.entry.kind !== "demonym" && next.entry.kind !== "country")) return null;
    linked = true;
    j = next.end;
  }
  if (!linked) return null;
  const head = nextAgentAfterFillers(tokens, j, atomAt, false);
  return head && head.entry.kind === "agent" ? head : null;
}

/**
 * The agent a few adjectives or nouns on from `from`, through an organisation or metonym when
 * allowed ("the Kremlin press office"), and through "-led" when `ledByState`.
 * @example nextAgentAfterFillers(tokens, end, atomAt)?.entry.kind // "agent"
 */
export function nextAgentAfterFillers(
  tokens: readonly Token[],
  from: number,
  atomAt: ReadonlyMap<number, Atom>,
  allowOrganization = true,
  ledByState = false,
): Atom | null {
  for (let j = from; j < tokens.length && j - from <= 2; j++) {
    const atom = atomAt.get(j);
    if (atom) {
      if (atom.entry.kind === "agent") return atom;
      if (allowOrganization && (atom.entry.kind === "organization" || atom.entry.kind === "metonym")) {
        const after = nextAgentAfterFillers(tokens, atom.end, atomAt, false);
        return after ? { ...after, start: atom.start } : null;
      }
      return null;
    }
    // "the Saudi-led coalition": the state that leads the group names it ("the ANC-led government"
    // is still the government).
    // So does the state that installed or appointed the officials: "Russian-installed authorities".
    const led = ledByState && INSTALLED.has(tokens[j]!.lower) && tokens[j - 1]?.lower === "-";
    // "Algeria's leading human rights activist", "China's ruling party": a participle right after
    // the state describes the agent.
    const describing =
      j === from &&
      tokens[j - 1]?.lower === "'s" &&
      tokens[j]!.pos === "VERB" &&
      tokens[j]!.lower.endsWith("ing");
    if (!FILLER_POS.has(tokens[j]!.pos) && tokens[j]!.lower !== "-" && !led && !describing) return null;
  }
  return null;
}

// What an agent noun that needs an owner may take one from after "of": "the head of the IAEA".
const OWNER_KINDS = new Set(["country", "demonym", "metonym", "organization"]);

/**
 * True when "of" and a state or organisation follow an agent noun that needs an owner ending at
 * `end`: "the head of the IAEA", "the chief of Iran's judiciary" have theirs after them.
 * @example ownerAfter(tokens, 2, atomAt) // "The head of the IAEA criticised Iran" → true
 */
export function ownerAfter(
  tokens: readonly Token[],
  end: number,
  atomAt: ReadonlyMap<number, Atom>,
): boolean {
  if (tokens[end]?.lower !== "of") return false;
  const j = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
  const owner = atomAt.get(j);
  return owner !== undefined && OWNER_KINDS.has(owner.entry.kind);
}

const CITIZENS = new Set(["citizen", "citizens"]);
const STATE_KINDS = new Set(["country", "metonym"]);

/**
 * The state after "citizens of" at `end`, whose citizens they are whatever people they belong to
 * ("Palestinian citizens of Israel", "Arab citizens of Israel"), or null.
 * @example citizensOf(tokens, 2, atomAt)?.entry.kind // "Palestinian citizens of Israel" → "country"
 */
export function citizensOf(
  tokens: readonly Token[],
  end: number,
  atomAt: ReadonlyMap<number, Atom>,
): Atom | null {
  if (!CITIZENS.has(tokens[end - 1]?.lower ?? "") || tokens[end]?.lower !== "of") return null;
  const state = atomAt.get(tokens[end + 1]?.lower === "the" ? end + 2 : end + 1);
  return state && STATE_KINDS.has(state.entry.kind) ? state : null;
}

// Common nouns that say what kind of body a name is: "the Shin Bet security agency".
const BODY_HEADS: ReadonlySet<string> = new Set([
  "agency",
  "service",
  "services",
  "group",
  "movement",
  "militia",
  "organisation",
  "organization",
  "network",
  "outfit",
  "broadcaster",
  "newspaper",
  "daily",
  "channel",
]);

/**
 * The end of the words after a named body that say what kind of body it is ("Shin Bet security
 * agency", "SBU security service", "Wagner mercenary group"), or `end` when none follow: lower-case
 * words, three at most, the last a body's head noun.
 * @example bodyDescriptionEnd(tokens, 4) // "Israel's Shin Bet security agency arrested" → 6
 */
export function bodyDescriptionEnd(tokens: readonly Token[], end: number): number {
  for (let j = end; j < tokens.length && j - end < 3; j++) {
    const t = tokens[j]!;
    if ((t.pos !== "NOUN" && t.pos !== "ADJ") || t.text !== t.lower) return end;
    if (t.pos === "NOUN" && BODY_HEADS.has(t.lower)) return j + 1;
  }
  return end;
}

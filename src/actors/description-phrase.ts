/**
 * "The bloc said it would …", "the group's spokesman": a definite description naming a kind of
 * organisation stands for the organisation of that kind named just before it.
 *
 * @example
 * descriptionPhrase(tokens, 0); // "The 27-nation bloc said …" → { end: 5, kinds: IGO_KINDS }
 */
import type { ActorKind, Token } from "../core/types.js";
import { possessiveMarker } from "../nlp/possessive-marker.js";

const IGO_ONLY: ReadonlySet<ActorKind> = new Set(["igo"]);
const IGO_OR_GROUP: ReadonlySet<ActorKind> = new Set(["igo", "group"]);
const GROUP_ONLY: ReadonlySet<ActorKind> = new Set(["group"]);

// Which named organisations a head noun can stand for: a bloc is an international body, a militia
// an armed group, an alliance or organisation either.
const HEADS = new Map<string, ReadonlySet<ActorKind>>([
  ["bloc", IGO_ONLY],
  ["body", IGO_ONLY],
  ["grouping", IGO_ONLY],
  ["union", IGO_ONLY],
  ["council", IGO_ONLY],
  ["agency", IGO_ONLY],
  ["watchdog", IGO_ONLY],
  ["alliance", IGO_OR_GROUP],
  ["organisation", IGO_OR_GROUP],
  ["organization", IGO_OR_GROUP],
  ["group", GROUP_ONLY],
  ["movement", GROUP_ONLY],
  ["militia", GROUP_ONLY],
  ["faction", GROUP_ONLY],
  ["outfit", GROUP_ONLY],
  ["paramilitary", GROUP_ONLY],
  // "The RSF … The paramilitaries said": a plural of the group's fighters stands for the group.
  ["paramilitaries", GROUP_ONLY],
]);

// "the 27-nation bloc", "the world body", "the militant group": words that may describe the head.
const DESCRIBERS = new Set([
  "nation",
  "member",
  "country",
  "world",
  "military",
  "militant",
  "armed",
  "rebel",
  "islamist",
  "jihadist",
  "political",
  "regional",
  "continental",
  "western",
  "trade",
  "economic",
  "defence",
  "defense",
  "security",
  "nuclear",
  "atomic",
  "un",
]);

const ACTING = new Set(["VERB", "AUX", "ADV"]);

/** A description's end and the kinds of actor it may stand for. @example { end: 2, kinds: new Set(["igo"]) } */
export interface DescriptionPhrase {
  readonly end: number;
  readonly kinds: ReadonlySet<ActorKind>;
  /** True when the description acts or owns ("the group said", "the group's"). */
  readonly acting: boolean;
}

/**
 * The description ("the bloc", "the Lebanese militant group") starting at `i`, or null. "The group
 * of seven", "the group leader", "a group" and "against the group" are not, unless `anyRole`. @example descriptionPhrase(tokens, i)?.end // i + 2
 */
export function descriptionPhrase(
  tokens: readonly Token[],
  i: number,
  anyRole = false,
): DescriptionPhrase | null {
  if (tokens[i]?.lower !== "the") return null;
  let j = i + 1;
  while (j - i <= 4) {
    const t = tokens[j];
    if (!t || HEADS.has(t.lower)) break;
    if (t.pos !== "ADJ" && t.pos !== "NUM" && t.text !== "-" && !DESCRIBERS.has(t.lower)) return null;
    j++;
  }
  const head = tokens[j];
  const kinds = head ? HEADS.get(head.lower) : undefined;
  if (!head || !kinds || head.pos === "VERB") return null;
  // Only as the one who acts or owns ("the bloc said", "the group's spokesman"): "a campaign
  // against the militant group" may mean any such group.
  const next = tokens[j + 1];
  const acting = next !== undefined && (ACTING.has(next.pos) || possessiveMarker(next));
  // A caller that checks the referent itself ("… rejected calls to disarm the group") takes any role.
  // "the group leader", "the group of seven" name something else whatever the role.
  // "accused the group of hiding among civilians": "of" before a gerund opens the charge.
  const after = tokens[j + 2];
  const charge =
    next?.lower === "of" &&
    (after?.pos === "VERB" || after?.pos === "NOUN") &&
    /[a-z]{3}ing$/.test(after.lower);
  const ends = !next || next.pos === "PUNCT" || (next.pos === "ADP" && next.lower !== "of") || charge;
  if (!acting && !(anyRole && head.pos === "NOUN" && ends)) return null;
  return { end: j + 1, kinds, acting };
}

/**
 * One type, one dyad, one day, two kinds of act: "China summoned Japan's ambassador … Beijing
 * cancelled the talks" share a PLOVER type, not an event. Mentions whose three-digit CAMEO codes
 * differ, neither being its root's general code, are two acts.
 *
 * @example
 * splitByKind("SANCTION|CHN|JPN|news", mentions).length; // 2 for 161 and 163 in different sentences
 */
import type { DyadMention } from "./article-events.js";
import { joinSharedSentences, nearestPart } from "./place-split.js";

/**
 * The group split into one group per specific kind of act it holds, each with its own key (the first
 * keeps the group's own). A mention coded with a root's general code ("120") joins the part told in
 * the nearest sentence; one sentence that tells two kinds tells one act.
 * @example splitByKind(key, list).map(([k]) => k) // [key, `${key}|#163`]
 */
export function splitByKind(
  key: string,
  list: readonly DyadMention[],
): readonly (readonly [string, DyadMention[]])[] {
  const kinds: string[] = [];
  for (const m of list) {
    const kind = specificKind(m);
    if (kind !== null && !kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length < 2) return [[key, [...list]]];
  const general: DyadMention[] = [];
  const byKind = kinds.map((): DyadMention[] => []);
  for (const m of list) {
    const kind = specificKind(m);
    if (kind === null) general.push(m);
    else byKind[kinds.indexOf(kind)]!.push(m);
  }
  const parts = joinSharedSentences(byKind);
  for (const m of general) parts[nearestPart(parts, m)]!.push(m);
  return parts.map(
    (part, k) => [k === 0 ? key : `${key}|#${specificKind(part.find(specificKind)!)}`, part] as const,
  );
}

/**
 * True when two lists hold the same kind of act by CAMEO code: the same three digits, or one a root's
 * general code ("120" with "125"), or told in one sentence. "condemned the budget" (111) is not
 * "summoned the ambassador" (114) told in the next.
 * @example sameKindOfAct([reject120], [reject125]) // true
 */
export function sameKindOfAct(a: readonly DyadMention[], b: readonly DyadMention[]): boolean {
  // "Serbia lodged an official protest, charging Albania with …": one sentence tells one act.
  return a.some((x) =>
    b.some(
      (y) =>
        x.candidate.sentence === y.candidate.sentence ||
        sameKind(x.candidate.code.code, y.candidate.code.code),
    ),
  );
}

function sameKind(a: string, b: string): boolean {
  if (a.slice(0, 2) !== b.slice(0, 2)) return false;
  const x = kindOf(a);
  const y = kindOf(b);
  return x === null || y === null || x === y;
}

/** The three-digit code of a mention unless it is its root's general one ("120", "19"). */
function specificKind(m: DyadMention): string | null {
  return kindOf(m.candidate.code.code);
}

function kindOf(cameo: string): string | null {
  const code = cameo.slice(0, 3);
  return code.length < 3 || code.endsWith("0") ? null : code;
}

/**
 * Where an actor slot of a pattern may end, by the token it starts at: at the end of each mention,
 * and at the end of a list the mention opens ("pressed Israel and Hamas to move"), so a pattern
 * that reads on after its slot ("press @target to") matches a list as it matches one name.
 *
 * @example
 * slotEndsByStart(tokens, mentions).get(6); // "pressing Israel and Hamas to move" → [7, 9]
 */
import type { ActorMention, Token } from "../core/types.js";

const LIST_WORDS: ReadonlySet<string> = new Set(["and", "or"]);
// Words that may stand between "and" and the next name: "and the Hamas group", "and its allies".
const MODIFIER_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM"]);
const MODIFIERS_MAX = 2;

/**
 * Each start's slot ends: its mentions' ends, then the end of the list it opens when there is one.
 * @example slotEndsByStart(tokens, mentions).get(0) // "Egypt and Qatar urged" → [1, 3]
 */
export function slotEndsByStart(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): Map<number, number[]> {
  const byStart = new Map<number, ActorMention>();
  for (const m of mentions) {
    const known = byStart.get(m.span.start);
    if (!known || known.span.end < m.span.end) byStart.set(m.span.start, m);
  }
  const ends = new Map<number, number[]>();
  for (const m of mentions) {
    const list = ends.get(m.span.start);
    if (list) list.push(m.span.end);
    else ends.set(m.span.start, [m.span.end]);
  }
  for (const [start, first] of byStart) {
    const end = listEnd(tokens, byStart, first);
    const list = ends.get(start)!;
    if (end > first.span.end && !list.includes(end)) list.push(end);
  }
  return ends;
}

/** The end of "X, Y and Z" from X, or X's own end when no closed list follows it. */
function listEnd(
  tokens: readonly Token[],
  byStart: ReadonlyMap<number, ActorMention>,
  first: ActorMention,
): number {
  if (first.possessive) return first.span.end;
  let end = first.span.end;
  for (;;) {
    let j = end;
    const comma = tokens[j]?.lower === ",";
    if (comma) j++;
    const and = LIST_WORDS.has(tokens[j]?.lower ?? "");
    if (!and && !comma) return first.span.end;
    if (and) j++;
    const from = j;
    while (j - from < MODIFIERS_MAX && MODIFIER_TAGS.has(tokens[j]?.pos ?? "") && !byStart.has(j)) j++;
    const next = byStart.get(j);
    // "… Israel and Hamas's leaders", "Israel and Hamas agreed": no list, or the list is a subject.
    if (!next || next.possessive) return first.span.end;
    const after = tokens[next.span.end];
    if (after && (after.pos === "VERB" || after.pos === "AUX")) return first.span.end;
    end = next.span.end;
    if (and) return end;
  }
}

/**
 * The agent of a passive or of a noun event: "by Kim Jong Un", the place an act came from, or the
 * owner or national modifier of an event noun ("Trump's letter", "Israeli tank shelling").
 *
 * @example
 * findAgent(syntax, match.end); // "was rejected by Washington" → [mention of "Washington"]
 */
import type { ActorMention } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { withCoordinated, withFollowingCoordinated } from "./coordinated-actors.js";
import { hasIdentity } from "./mention-identity.js";
import { FIRE_NOUNS, STRIKE_NOUNS } from "./force-nouns.js";
import { BOUNDARY } from "./relative-clauses.js";

const ADJECTIVAL_KINDS = new Set(["country", "igo", "group"]);

/** The agent of a passive or of a noun event: "by Kim Jong Un" after `from`. @example findAgent(syntax, trigger + 1)[0]?.text // "Kim Jong Un" */
export function findAgent(syntax: SentenceSyntax, from: number, limit = 6): ActorMention[] {
  const tokens = syntax.tokens;
  for (let i = from; i < tokens.length && i - from <= limit; i++) {
    const t = tokens[i]!;
    if (BOUNDARY.has(t.lower) || t.lower === ",") return [];
    // "The rejection … was confirmed by Seoul": "by" after another verb names that verb's agent.
    if (t.pos === "VERB" && i > from) return [];
    if (t.lower === "by") {
      const m = agentAfterBy(syntax, i + 1);
      // "killed by the Malaysia Airlines flight": an actor that modifies a noun is not the agent,
      // unless the noun is its fire or weapon ("killed by Hezbollah fire", "by a Russian drone").
      const next = tokens[m?.span.end ?? -1];
      // "by the OPCW executive council": the body's noun may follow one modifier.
      const body = BODY_NOUNS.has(next?.lemma ?? "") ? next : tokens[(m?.span.end ?? -1) + 1];
      const modifier =
        m &&
        ["NOUN", "PROPN"].includes(next?.pos ?? "") &&
        !FIRE_NOUNS.has(next?.lemma ?? "") &&
        // "condemned by the IAEA board": a body of the actor is the actor acting.
        !BODY_NOUNS.has(body?.lemma ?? "");
      return m && !modifier && !syntax.excluded.has(m) ? withFollowingCoordinated(syntax, m) : [];
    }
    // "were killed in an Israeli strike", "died during a Russian missile attack": the national
    // modifier of the strike they died in is the one who struck.
    if (t.lower === "in" || t.lower === "during") {
      const m = agentAfterBy(syntax, i + 1);
      // The mention may hold the noun itself ("Russian strike" read as one actor).
      const noun = m && [m.span.end, m.span.end - 1].find((j) => STRIKE_NOUNS.has(tokens[j]?.lemma ?? ""));
      // "killed in a drone attack by the Arakan Army": a weapon of no one named leaves the agent to "by".
      if (m && noun !== undefined && !syntax.excluded.has(m) && hasIdentity(m))
        return withCoordinated(syntax, m);
    }
  }
  return [];
}

// Bodies an actor acts through, named after it: "the IAEA board", "the EU commission".
const BODY_NOUNS: ReadonlySet<string> = new Set([
  "board",
  "council",
  "committee",
  "commission",
  "panel",
  "assembly",
  "bloc",
  "alliance",
  "summit",
]);

// Nouns made from verbs, which take an agent of their own after "by": "violations by the army",
// "the detention of journalists by the police"; bodies and things in -ment are not among them.
const DEVERBAL = /(?:tion|sion|ment|ance|ence|ure)s?$/;
const NOT_DEVERBAL: ReadonlySet<string> = new Set([
  "government",
  "parliament",
  "department",
  "equipment",
  "document",
  "monument",
  "agency",
  "conference",
  "province",
  "nation",
  "station",
  "population",
  "organization",
  "organisation",
  "institution",
  "coalition",
  "delegation",
  "federation",
  "union",
  "legislature",
  "infrastructure",
  "ordnance",
]);

/**
 * The agent of an event noun: as findAgent, unless a deverbal noun after a preposition stands
 * between ("demonstrations against the human rights violations by the Israeli military": the
 * army is the violations' agent, not the demonstrators).
 * @example findNounEventAgent(syntax, trigger, match.end)
 */
export function findNounEventAgent(syntax: SentenceSyntax, trigger: number, from: number): ActorMention[] {
  const tokens = syntax.tokens;
  let afterPreposition = false;
  let innerAct = false;
  // The pattern may end on the preposition itself ("&protestNoun against").
  for (let i = trigger + 1; i < tokens.length && i - from <= 6; i++) {
    const t = tokens[i]!;
    // "indirect talks mediated by Oman": who brings the parties together is not one of them.
    // "an attack by Houthi rebels on a tanker": the pattern may run past its "by" to the target.
    if (t.lower === "by")
      return THIRD_PARTY.has(tokens[i - 1]!.lower)
        ? []
        : findAgentUnlessInner(syntax, Math.min(from, i), innerAct);
    if (t.pos === "ADP") afterPreposition = true;
    else if (afterPreposition && t.pos === "NOUN" && DEVERBAL.test(t.lemma) && !NOT_DEVERBAL.has(t.lemma))
      innerAct = true;
  }
  return findAgentUnlessInner(syntax, from, innerAct);
}

function findAgentUnlessInner(syntax: SentenceSyntax, from: number, innerAct: boolean): ActorMention[] {
  return innerAct ? [] : findAgent(syntax, from);
}

// Participles of a third party's part in an event: the agent after them is not the event's own.
const THIRD_PARTY: ReadonlySet<string> = new Set([
  "mediated",
  "brokered",
  "hosted",
  "sponsored",
  "facilitated",
  "chaired",
  "convened",
  "overseen",
  "monitored",
]);

// Words that may open the agent's phrase before its name: "by the", "by heavily armed", "by
// suspected", "by pro-Russian" (a side taken, not the agent's own state).
const AGENT_OPENERS: ReadonlySet<string> = new Set(["DET", "ADJ", "ADV", "NUM"]);
const HEDGED_AGENT: ReadonlySet<string> = new Set(["suspected", "alleged", "presumed", "unidentified"]);
const SIDE_TAKEN = /^(?:pro|anti)-/;

/** The mention "by" introduces, past up to three opening words: "by suspected pro-Russian rebels". */
function agentAfterBy(syntax: SentenceSyntax, from: number): ActorMention | undefined {
  const tokens = syntax.tokens;
  for (let j = from; j < tokens.length && j - from <= 3; j++) {
    const m = syntax.startingAt(j);
    if (m) return m;
    const t = tokens[j]!;
    const opener =
      AGENT_OPENERS.has(t.pos) || HEDGED_AGENT.has(t.lower) || SIDE_TAKEN.test(t.lower) || t.lower === "-";
    if (!opener) return undefined;
  }
  return undefined;
}

const COORDINATORS: ReadonlySet<string> = new Set(["and", "or"]);

/** "fired at it from the Gaza Strip": the place an act came from. @example findOrigin(syntax, match.end)[0]?.text // "the Gaza Strip" */
export function findOrigin(syntax: SentenceSyntax, from: number, limit = 8): ActorMention[] {
  const tokens = syntax.tokens;
  for (let i = from; i < tokens.length && i - from <= limit; i++) {
    const t = tokens[i]!;
    if (BOUNDARY.has(t.lower) || t.lower === ",") return [];
    if (t.lower !== "from") continue;
    const m = mentionAfter(syntax, i + 1);
    return m && hasIdentity(m) && !syntax.excluded.has(m) ? [m] : [];
  }
  return [];
}

/**
 * The mention that starts at `at`, or right after a "the" there: the object of a preposition.
 * @example mentionAfter(syntax, i + 1)?.text // "from the Gaza Strip" at "from" → "Gaza Strip"
 */
export function mentionAfter(syntax: SentenceSyntax, at: number): ActorMention | undefined {
  return (
    syntax.startingAt(at) ?? (syntax.tokens[at]?.lower === "the" ? syntax.startingAt(at + 1) : undefined)
  );
}

/** The possessor right before a noun trigger: "Trump's letter", "their past summit". */
function possessiveBefore(syntax: SentenceSyntax, from: number): ActorMention[] | null {
  const tokens = syntax.tokens;
  for (let j = from - 1; j >= 0 && from - j <= 3; j--) {
    const m = syntax.mentions.find(
      (x) => x.span.end === j + 1 || (x.span.end === j && tokens[j]?.lower === "'s"),
    );
    if (m?.possessive && !syntax.excluded.has(m)) return [m];
    if (!["ADJ", "NUM", "DET"].includes(tokens[j]!.pos) && tokens[j]!.lower !== "'s") return null;
  }
  return null;
}

/** The owner or national modifier of a noun trigger. @example findPossessor(syntax, trigger)[0]?.text // "Pyongyang's launch" → "Pyongyang" */
export function findPossessor(syntax: SentenceSyntax, trigger: number): ActorMention[] {
  const tokens = syntax.tokens;
  // "North Korea's missile launch" read as one mention ending in "missile": the mention holding the
  // trigger's first word owns the event.
  for (const m of syntax.mentions)
    if (
      (m.span.start < trigger ||
        // "Russian missiles and drones pounded …": a weapon noun that took its state's modifier from
        // the noun before it is the trigger's word and its owner at once.
        (m.span.start === trigger &&
          m.kind === "agent" &&
          COORDINATORS.has(tokens[trigger - 1]?.lower ?? ""))) &&
      trigger < m.span.end &&
      !syntax.excluded.has(m) &&
      hasIdentity(m)
    )
      return withCoordinated(syntax, m);
  for (let j = trigger - 1; j >= 0 && trigger - j <= 5; j--) {
    const m = syntax.mentions.find(
      (x) => x.span.end === j + 1 || (x.span.end === j && tokens[j]?.lower === "'s"),
    );
    if (m?.possessive && !syntax.excluded.has(m)) return [m];
    // "Israeli tank shelling", "US air strikes": a national modifier of an event noun is its agent.
    if (
      m &&
      !syntax.excluded.has(m) &&
      m.span.end === j + 1 &&
      (ADJECTIVAL_KINDS.has(m.kind) || (m.kind === "agent" && j === trigger - 1)) &&
      hasIdentity(m)
    )
      // "their 2018 Singapore summit": an owner further left outranks a place-like modifier. "the
      // Helsinki summit", "the Baghdad bombing": a capital names where the act was, not who did it.
      return possessiveBefore(syntax, m.span.start) ?? (isCapitalName(m) ? [] : hyphenedPair(syntax, m));
    const t = tokens[j]!;
    // "the US-led invasion", "NATO-led air strikes": the leader of the act is its agent.
    const led = t.lower === "led" && tokens[j - 1]?.lower === "-";
    // "its sixth and largest nuclear test": adjectives joined by "and".
    const joined =
      (t.lower === "and" || t.lower === "or") && ["ADJ", "NUM"].includes(tokens[j - 1]?.pos ?? "");
    if (!["ADJ", "NUM", "NOUN", "PROPN", "PART"].includes(t.pos) && t.lower !== "-" && !led && !joined)
      return [];
  }
  return [];
}

/**
 * A capital's name, as its city or standing for its government ("the Hanoi summit", "the Geneva
 * talks"), not a possessive ("Beijing's"). @example isCapitalName(hanoi) // true
 */
export const isCapitalName = (m: ActorMention): boolean =>
  m.city === true ||
  (m.kind === "country" &&
    m.actor.sector === "GOV" &&
    !m.possessive &&
    m.entryIds.every((id) => id.startsWith("country:")));

/** "the US-North Korea summit", "Russia-Ukraine talks": both sides of a hyphened pair before a noun. */
function hyphenedPair(syntax: SentenceSyntax, m: ActorMention): ActorMention[] {
  const hyphen = syntax.tokens[m.span.start - 1]?.lower;
  // "US and Israeli air strikes", "U.S. and Russian negotiators return …": both modifiers act.
  if (hyphen !== "-" && hyphen !== "–") return withCoordinated(syntax, m);
  const first = syntax.mentions.find((x) => x.span.end === m.span.start - 1);
  return first && ADJECTIVAL_KINDS.has(first.kind) && !syntax.excluded.has(first) && hasIdentity(first)
    ? [first, m]
    : [m];
}

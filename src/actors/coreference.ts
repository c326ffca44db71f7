/**
 * Within one article, resolves pronouns, short names and plural references ("the two leaders",
 * "both sides") to actors already mentioned.
 *
 * @example
 * const all = resolveCoreference(sentences, mentionsBySentence);
 */
import type { ActorMention, ActorRef, Sentence, Token } from "../core/types.js";

const SINGULAR = new Map<string, "m" | "f">([
  ["he", "m"],
  ["him", "m"],
  ["his", "m"],
  ["she", "f"],
  ["her", "f"],
]);
const NEUTER = new Set(["it", "its"]);
const PLURAL = new Set(["they", "them", "their"]);
const POSSESSIVE = new Set(["his", "her", "its", "their"]);
const DOMESTIC_SECTORS = new Set([
  "GOV",
  "COP",
  "JUD",
  "LEG",
  "OPP",
  "REB",
  "CVL",
  "EDU",
  "MED",
  "BUS",
  "LAB",
  "HLH",
]);
// Agent nouns that name a body rather than a person.
const COLLECTIVE_HEADS = new Set([
  "military",
  "army",
  "navy",
  "government",
  "ministry",
  "administration",
  "cabinet",
  "regime",
  "junta",
  "parliament",
  "council",
  "court",
  "agency",
  "office",
  "committee",
  "commission",
  "party",
  "legislature",
  "embassy",
]);
const headLemma = (sentences: readonly Sentence[], m: ActorMention) =>
  sentences[m.span.sentence]?.tokens[m.span.end - 1]?.lemma ?? "";
const INSTITUTIONAL = new Set(["country", "igo", "group", "media", "place"]);
const LOCATIVE = new Set(["in", "at", "near", "inside", "outside", "across"]);
const GROUP_NOUNS = new Set([
  "leaders",
  "sides",
  "countries",
  "nations",
  "governments",
  "men",
  "presidents",
  "states",
  "neighbours",
  "neighbors",
  "rivals",
  "allies",
]);

/**
 * Adds coreferent mentions to every sentence's list, in token order.
 * @example resolveCoreference(doc.sentences, mentions)[1]
 */
export function resolveCoreference(
  sentences: readonly Sentence[],
  mentions: readonly (readonly ActorMention[])[],
  people: ReadonlyMap<
    string,
    { readonly gender?: "m" | "f" | undefined; readonly shortNames?: readonly string[] | undefined }
  >,
): ActorMention[][] {
  const history: ActorMention[] = [];
  const out: ActorMention[][] = [];
  // "in Singapore" is where something happened, never one of "the two leaders".
  const isPlace = (m: ActorMention) => {
    const tokens = sentences[m.span.sentence]?.tokens ?? [];
    const before = tokens[m.span.start - 1]?.lower ?? "";
    const beforeThe = tokens[m.span.start - 2]?.lower ?? "";
    return m.kind === "country" && (LOCATIVE.has(before) || (before === "the" && LOCATIVE.has(beforeThe)));
  };
  // Which tokens a mention covers, one buffer for the whole article.
  const covered = new Uint8Array(sentences.reduce((n, s) => Math.max(n, s.tokens.length), 0));
  for (const sentence of sentences) {
    const own = (mentions[sentence.index] ?? []).map((m) => resolveShortName(m, history, people));
    covered.fill(0, 0, sentence.tokens.length);
    for (const m of own) covered.fill(1, m.span.start, m.span.end);
    const added: ActorMention[] = [];
    const tokens = sentence.tokens;
    // Pronouns and "the two leaders" look back two sentences at most; read only at pronouns, as
    // history holds still until the sentence is done.
    let recent: ActorMention[] | null = null;
    const prior = (i: number) => {
      recent ??= history.filter((m) => sentence.index - m.span.sentence <= 2);
      return [
        ...recent,
        ...[...own, ...added].filter((m) => m.span.end <= i).sort((a, b) => a.span.start - b.span.start),
      ];
    };
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] === 1) continue;
      const token = tokens[i]!;
      const group = groupPhrase(tokens, i);
      if (group > i) {
        const members = lastDistinctCountries(prior(i), sentence.index, 2, isPlace);
        if (members.length === 2) added.push(coreferent(sentence, i, group, members, tokens));
        i = group - 1;
        continue;
      }
      if (token.pos !== "PRON" && token.pos !== "DET") continue;
      const gender = SINGULAR.get(token.lower);
      let antecedents: ActorMention[] = [];
      if (gender) {
        let candidates = prior(i).filter((m) => m.kind === "person" || (m.kind === "agent" && !m.plural));
        // "Kim rejected his letter": a possessive after the subject usually means someone else, when there is one.
        if (POSSESSIVE.has(token.lower)) {
          const earlier = candidates.filter((m) => m.span.sentence < sentence.index);
          const subject = candidates.filter((m) => m.span.sentence === sentence.index).pop();
          const other = [...earlier]
            .reverse()
            .find((m) => !subject || m.actor.actorId !== subject.actor.actorId);
          if (subject && other) candidates = [other];
        }
        const match = [...candidates]
          .reverse()
          .find((m) => !m.personId || (people.get(m.personId)?.gender ?? gender) === gender);
        if (match) antecedents = [match];
      } else if (NEUTER.has(token.lower)) {
        // "it" is a state or an organisation, never a person or a single official.
        // "North Korea's military said it …": a body named by an agent noun is an "it" too; a place
        // where something happened is not.
        const match = [...prior(i)]
          .reverse()
          .find(
            (m) =>
              (INSTITUTIONAL.has(m.kind) ||
                (m.kind === "agent" && COLLECTIVE_HEADS.has(headLemma(sentences, m)))) &&
              !m.group &&
              !m.plural &&
              !isPlace(m) &&
              m.kind !== "place",
          );
        if (match && sentence.index - match.span.sentence <= 1) antecedents = [match];
      } else if (PLURAL.has(token.lower)) {
        const recent = [...prior(i)].reverse().filter((m) => sentence.index - m.span.sentence <= 1);
        const groupMention = recent.find((m) => m.group && m.group.length > 1);
        const pluralAgent = recent.find((m) => m.plural);
        if (groupMention) antecedents = [groupMention];
        else if (pluralAgent) antecedents = [pluralAgent];
        else {
          const members = lastDistinctCountries(prior(i), sentence.index, 2, isPlace);
          if (members.length === 2) {
            added.push(coreferent(sentence, i, i + 1, members, tokens));
            continue;
          }
        }
      }
      if (antecedents.length === 1) {
        const a = antecedents[0]!;
        added.push(coreferent(sentence, i, i + 1, a.group ? [...a.group] : [a.actor], tokens, a));
      }
    }
    const overlapsAdded = (m: ActorMention) =>
      added.some((a) => m.span.start < a.span.end && a.span.start < m.span.end);
    // Most sentences add nothing, and the recogniser's mentions are already in token order.
    const sorted =
      added.length === 0
        ? own
        : [...own.filter((m) => !overlapsAdded(m)), ...added].sort((a, b) => a.span.start - b.span.start);
    const all = placeDomesticAgents(mergePossessedAgents(sentence, sorted), isPlace);
    out.push(all);
    history.push(...all);
  }
  return out;
}

/**
 * "its coast guard", "their troops": a possessive pronoun and the agent it owns are one actor, the
 * antecedent's country with the agent's sector.
 */
function mergePossessedAgents(sentence: Sentence, mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const owner = mentions[k]!;
    const owned = mentions[k + 1];
    if (
      owner.coreferent &&
      owner.possessive &&
      !owner.group &&
      owned?.kind === "agent" &&
      !owned.actor.country &&
      onlyModifiersBetween(sentence.tokens, owner.span.end, owned.span.start)
    ) {
      const country = owner.actor.country;
      out.push({
        ...owned,
        span: { ...owned.span, start: owner.span.start },
        chars: { start: owner.chars.start, end: owned.chars.end },
        text: sentence.text.slice(owner.chars.start - sentence.start, owned.chars.end - sentence.start),
        actor: { ...owned.actor, country, code: `${country ?? ""}${owned.actor.sector ?? ""}` },
        coreferent: true,
      });
      k++;
      continue;
    }
    out.push(owner);
  }
  return out;
}

function onlyModifiersBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j]!.pos !== "ADJ" && tokens[j]!.pos !== "NOUN") return false;
  return true;
}

/**
 * "Police arrested dozens of protesters outside the parliament in Tbilisi": a domestic agent with no
 * country of its own belongs to the country where the sentence places the event.
 */
function placeDomesticAgents(
  mentions: readonly ActorMention[],
  isPlace: (m: ActorMention) => boolean,
): ActorMention[] {
  const placeable = (m: ActorMention) =>
    m.kind === "agent" && !m.actor.country && !m.group && DOMESTIC_SECTORS.has(m.actor.sector ?? "");
  // Most sentences have no such agent: nothing to place.
  if (!mentions.some(placeable)) return [...mentions];
  // The place named with "in"/"at", also inside a composed mention ("the parliament in Tbilisi");
  // else the one country the sentence names as an actor ("Fijian rebels … Prime Minister Chaudhry").
  const placed = mentions.filter((m) => isPlace(m) || (m.actor.country !== null && / in /.test(m.text)));
  const actors = mentions.filter((m) => m.actor.country !== null && !m.group && !m.possessive);
  const named = placed.length > 0 ? placed : actors;
  const country = named[0]?.actor.country;
  if (!country || named.some((p) => p.actor.country !== country)) return [...mentions];
  return mentions.map((m) => {
    if (!placeable(m)) return m;
    return { ...m, actor: { ...m.actor, country, code: `${country}${m.actor.sector ?? ""}` } };
  });
}

/** "Kim" after "Kim Jong Un" is Kim Jong Un: an ambiguous short name takes the person already named. */
function resolveShortName(
  mention: ActorMention,
  history: readonly ActorMention[],
  people: ReadonlyMap<string, { readonly shortNames?: readonly string[] | undefined }>,
): ActorMention {
  const entry = mention.entryIds.find((id) => id.startsWith("short-name:"));
  if (!entry) return mention;
  const name = entry.slice("short-name:".length);
  let earlier: ActorMention | undefined;
  for (let k = history.length - 1; k >= 0 && !earlier; k--) {
    const m = history[k]!;
    if (m.personId && (people.get(m.personId)?.shortNames ?? []).includes(name)) earlier = m;
  }
  if (!earlier || earlier.personId === mention.personId) return mention;
  return {
    ...mention,
    kind: "person",
    actor: earlier.actor,
    personId: earlier.personId ?? null,
    coreferent: true,
  };
}

/** End of "the two leaders" / "both sides" starting at i, or i when there is none. */
function groupPhrase(tokens: readonly Token[], i: number): number {
  const a = tokens[i]?.lower;
  const b = tokens[i + 1]?.lower;
  const c = tokens[i + 2]?.lower;
  if (a === "the" && b === "two" && c && GROUP_NOUNS.has(c)) return i + 3;
  if ((a === "both" || a === "two") && b && GROUP_NOUNS.has(b)) return i + 2;
  return i;
}

function lastDistinctCountries(
  prior: readonly ActorMention[],
  sentence: number,
  n: number,
  isPlace: (m: ActorMention) => boolean,
): ActorRef[] {
  const out: ActorRef[] = [];
  for (const m of [...prior].reverse()) {
    if (sentence - m.span.sentence > 2) break;
    if (m.group || !m.actor.country || m.kind === "media" || isPlace(m)) continue;
    if (out.some((o) => o.country === m.actor.country)) continue;
    out.push(m.actor);
    if (out.length === n) break;
  }
  return out.reverse();
}

function coreferent(
  sentence: Sentence,
  start: number,
  end: number,
  actors: readonly ActorRef[],
  tokens: readonly Token[],
  antecedent?: ActorMention,
): ActorMention {
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  const single = actors.length === 1 ? actors[0]! : null;
  // A pronoun takes its antecedent's kind, entries, person and number.
  return {
    span: { sentence: sentence.index, start, end },
    chars: { start: first.start, end: last.end },
    text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
    kind: antecedent?.kind ?? "agent",
    actor: single ?? { code: "", country: null, sector: null, name: null, actorId: null },
    entryIds: antecedent?.entryIds ?? [],
    coreferent: true,
    ...(single ? {} : { group: actors }),
    possessive: POSSESSIVE.has(first.lower),
    plural: antecedent ? (antecedent.plural ?? false) : !single,
    ...(antecedent ? { personId: antecedent.personId ?? null } : {}),
  };
}

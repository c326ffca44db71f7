/**
 * Within one article, resolves pronouns, short names and plural references ("the two leaders",
 * "both sides") to actors already mentioned.
 *
 * @example
 * const all = resolveCoreference(sentences, mentionsBySentence);
 */
import type { ActorMention, ActorRef, Sentence, Token } from "../core/types.js";
import { coreferent } from "./coreferent-mention.js";
import { withCounterpartRoles } from "./counterpart-role.js";
import { describedOrganization } from "./described-organization.js";
import { placeDomesticAgents } from "./domestic-agents.js";
import { shareAgentNoun } from "./shared-agent-noun.js";
import { epithetPhrase, groupPhrase, lastDistinctCountries, pairAsStates } from "./group-phrase.js";
import { lastDyad } from "./last-dyad.js";
import { elidedKoreanHalf, koreanHalf } from "./korean-halves.js";
import { agentsOfPair, pairedStates, servesPair, withSector } from "./paired-states.js";
import { mergePossessedAgents } from "./possessed-agents.js";
import { pronounAntecedent } from "./pronoun-antecedents.js";
import { violatesOwnTerritory } from "./violated-territory.js";
import { outletState, plainState } from "./outlet-state.js";
import { stateEpithet } from "./state-epithets.js";
import { locativeBefore } from "./word-cues.js";
import { STATE_SECTORS } from "../core/state-sectors.js";

const COUNTERPARTS = new Set(["counterpart", "counterparts"]);

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
  // "in Singapore" is where something happened, never one of "the two leaders"; so is "in the
  // Gaza Strip", "in western Iraq", "in neighbouring Pakistan".
  const located = (m: ActorMention) => locativeBefore(sentences[m.span.sentence]?.tokens ?? [], m.span.start);
  const isPlace = (m: ActorMention) => m.kind === "country" && located(m);
  const tokensOf = (index: number) => sentences[index]?.tokens ?? [];
  // Which tokens a mention covers, one buffer for the whole article.
  const covered = new Uint8Array(sentences.reduce((n, s) => Math.max(n, s.tokens.length), 0));
  for (const sentence of sentences) {
    let own = (mentions[sentence.index] ?? []).map((m) => resolveShortName(m, history, people));
    own = continueSubject(own, sentence, history, isPlace);
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
      const lower = token.lower;
      // Group phrases, descriptions and epithets all open with one of these words.
      const opener = lower === "the" || lower === "both" || lower === "two";
      const pair = opener ? pairedStates(tokens, i) : null;
      if (pair) {
        const served = agentsOfPair(own, tokens, i);
        if (served) own = own.filter((m) => m !== served);
        added.push(pairMention(sentence, i, pair.end, pair.states, tokens, served));
        i = pair.end - 1;
        continue;
      }
      const group = opener ? groupPhrase(tokens, i) : i;
      if (group > i) {
        // The principals of an exchange reported further back may be meant (see lastDyad).
        const before = [
          ...history.filter((m) => sentence.index - m.span.sentence <= 6),
          ...prior(i).filter((m) => m.span.sentence === sentence.index),
        ];
        const members =
          lastDyad(before, sentence.index, isPlace, tokensOf) ??
          lastDistinctCountries(before, sentence.index, 2, isPlace);
        const served = members.length === 2 ? agentsOfPair(own, tokens, i) : null;
        if (served) own = own.filter((m) => m !== served);
        if (members.length === 2)
          added.push(
            pairMention(sentence, i, group, pairAsStates(tokens, i, members), tokens, served, "agent"),
          );
        i = group - 1;
        continue;
      }
      const described = lower === "the" ? describedOrganization(sentence, i, own, prior, located) : null;
      if (described) {
        added.push(described);
        // The bare head noun ("alliance") is no actor of its own now, for the pronouns after it.
        const end = described.span.end;
        own = own.filter((m) => m.span.end <= i || m.span.start >= end);
        i = end - 1;
        continue;
      }
      const epithetOf = lower === "the" ? stateEpithet(tokens, i, prior(i), sentence.index) : null;
      if (epithetOf && covered.subarray(i, epithetOf.end).every((c) => c === 0)) {
        added.push({
          ...coreferent(sentence, i, epithetOf.end, [epithetOf.state], tokens),
          kind: "country",
          entryIds: [`country:${epithetOf.state.country}`],
        });
        i = epithetOf.end - 1;
        continue;
      }
      const epithet = lower === "the" ? epithetPhrase(tokens, i) : i;
      if (epithet > i && covered.subarray(i, epithet).every((c) => c === 0)) {
        // Only when one state is in view: "Cuba accused Washington … The communist island" could
        // be read either way by recency alone.
        const near = prior(i).filter((m) => sentence.index - m.span.sentence <= 1);
        const states = lastDistinctCountries(near, sentence.index, 2, isPlace);
        const only =
          states.length === 1 ? states[0] : states.length === 0 ? outletState(near, tokensOf) : undefined;
        // "Syria's official SANA news agency said the country …": the country is the state, not its media.
        const state = only?.sector === "MED" && only.country ? plainState(only.country) : only;
        if (state) {
          const mention = coreferent(sentence, i, epithet, [state], tokens);
          added.push({ ...mention, kind: "country", entryIds: [state.actorId ?? ""] });
        }
        i = epithet - 1;
        continue;
      }
      if (lower === "north" || lower === "south") {
        const elided = elidedKoreanHalf(tokens, i, own);
        if (elided) {
          added.push({ ...coreferent(sentence, i, i + 1, [elided], tokens), kind: "country" });
          continue;
        }
        recent ??= history.filter((m) => sentence.index - m.span.sentence <= 2);
        const half = koreanHalf(tokens, i, [...recent, ...own, ...added]);
        if (half) {
          const mention = coreferent(sentence, i, i + 1, [half], tokens);
          added.push({ ...mention, kind: "country", entryIds: [half.actorId ?? ""] });
        }
        continue;
      }
      if (token.pos !== "PRON" && token.pos !== "DET") continue;
      // "met his counterpart": the counterpart serves the other side, whose state the words leave unnamed.
      if (COUNTERPARTS.has(tokens[i + 1]?.lower ?? "")) continue;
      const referent = pronounAntecedent(token, sentence.index, () => prior(i), sentences, people, isPlace);
      // "Turkey said it had violated Turkish airspace": whoever "it" is, it is not Turkey.
      if (referent && !violatesOwnTerritory(tokens, i, referent.actors, own))
        added.push(coreferent(sentence, i, i + 1, referent.actors, tokens, referent.antecedent));
    }
    const overlapsAdded = (m: ActorMention) =>
      added.some((a) => m.span.start < a.span.end && a.span.start < m.span.end);
    // Most sentences add nothing, and the recogniser's mentions are already in token order.
    const sorted =
      added.length === 0
        ? own
        : [...own.filter((m) => !overlapsAdded(m)), ...added].sort((a, b) => a.span.start - b.span.start);
    const all = [
      ...withCounterpartRoles(
        tokens,
        placeDomesticAgents(shareAgentNoun(tokens, mergePossessedAgents(sentence, sorted)), tokens, isPlace),
      ),
    ];
    out.push(all);
    history.push(...all);
  }
  return out;
}

const GO_BETWEENS = new Set(["agent:envoy", "agent:ambassador", "agent:negotiator"]);

/**
 * "Tehran summoned the British envoy. The foreign ministry said …": a state body opening a sentence
 * with no state of its own is the state of the last sentence's subject, not one its own sentence
 * names as an object ("… London's support for Israel"). Named armed groups, often fighting another
 * state, say nothing of whose army "the army" is.
 */
function continueSubject(
  own: ActorMention[],
  sentence: Sentence,
  history: readonly ActorMention[],
  isPlace: (m: ActorMention) => boolean,
): ActorMention[] {
  const first = own[0];
  const tokens = sentence.tokens;
  if (
    first?.kind !== "agent" ||
    first.actor.country ||
    first.foreign ||
    first.group ||
    !STATE_SECTORS.has(first.actor.sector ?? "") ||
    // "The mediators said …", "the envoy said …": go-betweens are often of neither side.
    first.entryIds.some((id) => GO_BETWEENS.has(id)) ||
    servesPair(tokens, first.span.end) ||
    // "The country's foreign ministry said …" is as much the subject's state as "the ministry".
    (first.span.start > 1 && !(first.span.start === 3 && epithetPhrase(tokens, 0) === 2)) ||
    (first.span.start === 1 && tokens[0]?.lower !== "the")
  )
    return own;
  let subject: ActorMention | undefined;
  for (let k = history.length - 1; k >= 0; k--) {
    const m = history[k]!;
    if (m.span.sentence < sentence.index - 1) break;
    if (m.actor.country && !m.group && m.kind !== "media" && m.actor.sector !== "MED" && !isPlace(m))
      subject = m;
  }
  if (!subject || subject.kind === "group") return own;
  const country = subject.actor.country;
  const placed = {
    ...first,
    actor: { ...first.actor, country, code: `${country}${first.actor.sector ?? ""}` },
  };
  return [placed, ...own.slice(1)];
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

/**
 * The mention of a pair ("the two Koreas", "both sides"), reaching back over the agents that serve
 * it ("Officials from the two Koreas" are both states' officials).
 */
function pairMention(
  sentence: Sentence,
  start: number,
  end: number,
  states: readonly ActorRef[],
  tokens: readonly Token[],
  served: ActorMention | null,
  kind: ActorMention["kind"] = "country",
): ActorMention {
  if (!served) return { ...coreferent(sentence, start, end, states, tokens), kind };
  const members = withSector(states, served.actor.sector ?? "");
  const mention = coreferent(sentence, served.span.start, end, members, tokens);
  return { ...mention, kind: "agent", plural: true, entryIds: served.entryIds };
}

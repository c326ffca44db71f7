/**
 * From an event mention candidate to the dyad mentions the article merge reads: who acted on whom,
 * with people, titles and organisations coded as they stood on the event's date.
 *
 * @example
 * toDyadMentions(candidate, sentence, lexicon).length; // "X and Y met" → 2
 */
import type { ActorLexicon } from "../actors/actor-lexicon.js";
import { ownedThing } from "../actors/owned-thing.js";
import { organizationRoleOn, personActor } from "../actors/person-roles.js";
import { addDays } from "../core/iso-date.js";
import type { ActorMention, ActorRef, EventActor, Sentence } from "../core/types.js";
import type { EventMentionCandidate } from "../events/event-extractor.js";
import type { DyadMention } from "./article-events.js";
import { STATE_SECTORS } from "../core/state-sectors.js";

/**
 * One candidate's dyads: each source with each target (both ways for talks, each pair for a mutual
 * act), actors coded with the roles they held on the event's date.
 * @example toDyadMentions(candidate, sentence, lexicon).map((d) => d.source?.code) // ["USAGOV"]
 */
export function toDyadMentions(
  c: EventMentionCandidate,
  sentence: Sentence,
  lexicon: ActorLexicon,
): DyadMention[] {
  // Roles are read mid-period, so "in 2017" finds a president inaugurated on 20 January.
  const date =
    c.time.precision === "decade"
      ? `${c.time.date.slice(0, 3)}5-01-01`
      : c.time.precision === "year"
        ? `${c.time.date.slice(0, 4)}-07-01`
        : c.time.precision === "month"
          ? `${c.time.date.slice(0, 7)}-15`
          : c.time.precision === "week"
            ? addDays(c.time.date, 3)
            : c.time.date;
  const expand = (mentions: readonly ActorMention[]): { actor: EventActor; mention: ActorMention }[] => {
    const out: { actor: EventActor; mention: ActorMention }[] = [];
    for (const m of mentions) {
      const actors = m.group ?? [
        m.personId ? (personActorOf(m.personId, date, lexicon) ?? m.actor) : m.actor,
      ];
      for (const named of actors) {
        const a = titled(
          named.actorId && lexicon.people.has(named.actorId)
            ? (personActorOf(named.actorId, date, lexicon) ?? named)
            : datedOrganization(named, date, lexicon),
          m,
        );
        // An actor with neither a country nor an organisation code ("officials") names no one.
        if (a.country || (a.code && m.kind !== "agent"))
          out.push({
            // Spelled out: a spread here is measurably slower, and an ActorRef has just these fields.
            actor: {
              code: a.code,
              country: a.country,
              sector: a.sector,
              name: a.name,
              actorId: a.actorId,
              text: m.text,
            },
            mention: m,
          });
      }
    }
    return out;
  };
  const sources = expand(c.sources);
  const targets = expand(c.targets);
  const trigger = sentence.tokens[c.trigger]!;
  const last = sentence.tokens[Math.max(c.trigger, c.matchEnd - 1)]!;
  const base = {
    candidate: c,
    sentenceText: sentence.text,
    sentenceStart: sentence.start,
    trigger: {
      start: trigger.start,
      end: c.rule.head === "noun" || c.matchEnd - c.trigger <= 3 ? last.end : trigger.end,
    },
  };
  const pairs: DyadMention[] = [];
  type Slot = (typeof sources)[number];
  // "Russia withdrew its troops": an actor acting on itself is an event without a target.
  // The same entity named again ("its troops", "he"), not another actor of the same country
  // ("Croatia" investigating "Croatian extremists").
  // "Somalia's president vowed to defend Somali territory": a state's own land, sea or drills are
  // no one it acts on.
  const own = (a: Slot, b: Slot) =>
    a.actor.country !== null &&
    (a.actor.sector === null || STATE_SECTORS.has(a.actor.sector)) &&
    a.actor.country === b.actor.country &&
    ownedThing(b.mention, sentence.tokens);
  const same = (a: Slot, b: Slot) =>
    own(a, b) ||
    (!b.mention.entryIds.includes("implied-domestic-target") &&
      a.actor.actorId === b.actor.actorId &&
      (b.mention.coreferent ||
        a.mention.coreferent ||
        a.mention.text.toLowerCase() === b.mention.text.toLowerCase() ||
        a.mention.kind === "person" ||
        // "France … alleging Paris played a role": a country and its capital name one state.
        (stateName(a.mention) &&
          stateName(b.mention) &&
          (a.actor.sector === "GOV" || b.actor.sector === "GOV"))) &&
      (a.actor.sector === b.actor.sector || !a.actor.sector || !b.actor.sector));
  // "Zelenskiy warned of a possible attack on Kyiv": a state warning of harm to itself threatens no
  // one (a threat made at home, "threatened a curfew in Algiers", still has its target).
  const threat = c.code.code.startsWith("13") && sentence.tokens[c.trigger]!.lemma === "warn";
  const ownState = (a: Slot, b: Slot) =>
    threat &&
    a.actor.country !== null &&
    a.actor.country === b.actor.country &&
    (a.actor.sector === null || STATE_SECTORS.has(a.actor.sector)) &&
    (b.actor.sector === null ||
      b.actor.sector === "GOV" ||
      // "The embassy warned citizens to be vigilant": a state's warning to its own people advises.
      (b.mention.entryIds.includes("agent:civilians") &&
        ADVISED.test(b.mention.text) &&
        // "… warned citizens that protests would be crushed" still threatens.
        ADVICE_OPENERS.has(sentence.tokens[b.mention.span.end]?.lower ?? "")));
  const targetsOf = (s: Slot) => {
    const others = targets.filter((t) => !same(s, t) && !ownState(s, t));
    if (others.length === 0 && targets.some((t) => ownState(s, t))) return [];
    return others.length > 0 ? others : [null];
  };
  const push = (s: Slot | null, t: Slot | null) => {
    const entryIds = new Set<string>(s?.mention.entryIds);
    if (t) for (const id of t.mention.entryIds) entryIds.add(id);
    pairs.push({
      candidate: base.candidate,
      sentenceText: base.sentenceText,
      sentenceStart: base.sentenceStart,
      trigger: base.trigger,
      source: s?.actor ?? null,
      target: t?.actor ?? null,
      sourceChars: s ? [s.mention.chars] : [],
      targetChars: t ? [t.mention.chars] : [],
      actorEntryIds: [...entryIds],
    });
  };
  if (sources.length === 0) {
    for (const t of targets.length > 0 ? targets : [null]) push(null, t);
  } else if (c.rule.mutual && targets.length === 0 && sources.length >= 2) {
    for (const a of sources) for (const b of sources) if (a !== b && !same(a, b)) push(a, b);
  } else {
    for (const s of sources) for (const t of targetsOf(s)) push(s, t);
    // Talks and negotiations take two sides: whoever holds them with Y, Y holds them too
    // (match-coding drops this for a refused or promised act, which is one side's).
    if (c.rule.reciprocal) for (const s of sources) for (const t of targetsOf(s)) if (t) push(t, s);
  }
  return pairs;
}

/** A bare name of a state or its seat ("France", "Paris", "the Kremlin"), with no agent or group. */
function stateName(m: ActorMention): boolean {
  return m.kind === "country" && m.entryIds.length > 0 && m.entryIds.every((id) => id.startsWith("country:"));
}

/**
 * "Japanese Prime Minister Ryutaro Hashimoto" on a date outside his known terms: the title the text
 * gives him still names his sector.
 */
function titled(a: ActorRef, m: ActorMention): ActorRef {
  // "UNHCR chief Barham Salih" outside his known roles: the body the text names is his.
  if (a.sector === null && m.personId && m.actor.country === null && m.actor.code.startsWith("IGO"))
    return { ...a, code: m.actor.code, country: null, sector: m.actor.sector };
  if (a.sector !== null || !m.personId || m.actor.sector === null || a.country !== m.actor.country) return a;
  if (!m.entryIds.some((id) => id.startsWith("agent:"))) return a;
  return { ...a, sector: m.actor.sector, code: `${a.country ?? ""}${m.actor.sector}` };
}

/** "In 2010 the Taliban attacked …": an organisation with dated roles takes the one of the event's date. */
function datedOrganization(a: ActorRef, date: string, lexicon: ActorLexicon): ActorRef {
  const entry = a.actorId ? lexicon.datedOrganizations.get(a.actorId) : undefined;
  if (!entry) return a;
  const role = organizationRoleOn(entry, date);
  if (role.country === a.country && role.sector === a.sector) return a;
  return {
    ...a,
    country: role.country,
    sector: role.sector,
    code: `${role.country ?? ""}${role.sector ?? ""}`,
  };
}

function personActorOf(personId: string, date: string, lexicon: ActorLexicon) {
  const person = lexicon.people.get(personId);
  return person ? personActor(person, date) : null;
}

/** The people a state advises: "citizens", "its nationals", "residents". */
const ADVISED = /\b(?:citizens|nationals|compatriots|residents|people|public)\b/i;
const ADVICE_OPENERS: ReadonlySet<string> = new Set(["to", "not", "against"]);

/**
 * When an act would be aimed at its own source: a state does not target itself or its government,
 * and a state named alone does not demand of, protest against or yield to itself.
 *
 * @example
 * selfAimed([egypt], "1056"); // "Egypt called for restraint" → true
 */
import type { ActorMention } from "../core/types.js";
import { STATE_SECTORS } from "../core/state-sectors.js";

/**
 * True when every source is the state whose self or government `t` names: the state by its name,
 * or by its capital ("Kyiv had proposed a meeting between Presidents Zelensky and Putin").
 * @example ownState([ukraine], kyiv) // true
 */
export function ownState(sources: readonly ActorMention[], t: ActorMention): boolean {
  // "France and the United States urged both sides to show restraint": a pair read back onto the
  // sources themselves is some other pair.
  if (t.group && t.group.length > 0 && t.group.every((g) => sources.some((s) => s.actor.code === g.code)))
    return true;
  const country = t.actor.country;
  if (country === null || (t.actor.code !== country && t.actor.sector !== "GOV")) return false;
  return (
    sources.length > 0 &&
    sources.every(
      (s) =>
        s.actor.country === country &&
        // "Thousands of Serbs protested against the government": a people may act on its own state.
        ((s.actor.code === country && !(s.kind === "country" && s.plural)) ||
          // A capital stands for the government: its own members are no target of it.
          (s.kind === "country" && s.actor.sector === "GOV" && t.actor.sector === "GOV")),
    )
  );
}

const STATE_ORGANS: ReadonlySet<string> = new Set(["GOV", "MIL"]);

/** True when `t` is the bare state whose government or forces every source is. @example threatensOwnState([kimYoJong], pyongyang) // true */
export function threatensOwnState(sources: readonly ActorMention[], t: ActorMention): boolean {
  const country = t.actor.country;
  return (
    country !== null &&
    // "Kim Yo Jong warned that Pyongyang would respond": the capital speaks for the state.
    (t.actor.code === country || (t.kind === "country" && t.actor.sector === "GOV")) &&
    sources.length > 0 &&
    sources.every((s) => s.actor.country === country && STATE_ORGANS.has(s.actor.sector ?? ""))
  );
}

// A state named alone or by its capital does not demand of, appeal to or protest against itself
// ("Egypt called for restraint"); its courts, police and ministers may act on their own country's people.
const NOT_SELF_AIMED_BY_STATE = new Set(["10", "14"]);
const YIELD = "080";

/** True when the implied domestic target would be its own source: a threat by the state or its organs, a demand or protest by the state named alone. @example selfAimed([egypt], "1056") // true */
export function selfAimed(sources: readonly ActorMention[], code: string): boolean {
  const root = code.slice(0, 2);
  const bareState = (s: ActorMention) => s.actor.code === s.actor.country;
  // "Washington had insisted on denuclearisation": a capital speaks for its state as its name does.
  const capital = (s: ActorMention) => s.kind === "country" && s.actor.sector === "GOV";
  // "Slovakia dropped its objections": a state named alone yields to someone else.
  if (NOT_SELF_AIMED_BY_STATE.has(root) || code === YIELD)
    return sources.every((s) => bareState(s) || capital(s));
  // "Russia had not withdrawn its forces": a state's military retreat is from somewhere else, as
  // the sanctions, embargoes and tariffs a state eases ("The United States eased sanctions") bore on others.
  return (
    (root === "13" || code.startsWith("087") || code.startsWith("085")) &&
    sources.every((s) => bareState(s) || (s.actor.sector !== null && STATE_SECTORS.has(s.actor.sector)))
  );
}

/**
 * The state a state's own news agency speaks for, which "the kingdom" or "the country" in its
 * report means when no state is in view.
 *
 * @example
 * outletState(near, tokensOf)?.code; // "IRN" for "State news agency IRNA said the country …"
 */
import type { ActorMention, ActorRef, Token } from "../core/types.js";

/**
 * "The Saudi Press Agency said the kingdom welcomed …", "state news agency IRNA said the country …":
 * with no state in view but a state's own news agency, the state it reports for is the one a
 * description means. Other outlets ("The BBC reported that the country …") report on anyone.
 * @example outletState(near, tokensOf)?.code // "SAU" after "The Saudi Press Agency said"
 */
export function outletState(
  near: readonly ActorMention[],
  tokensOf: (sentence: number) => readonly Token[],
): ActorRef | undefined {
  const countries = new Set<string>();
  for (const m of near) {
    if (m.kind !== "media" || !m.actor.country) continue;
    const before = tokensOf(m.span.sentence).slice(Math.max(0, m.span.start - 3), m.span.start);
    if (/\bagency$/i.test(m.text) || before.some((t) => STATE_OUTLET_WORDS.has(t.lower)))
      countries.add(m.actor.country);
  }
  if (countries.size !== 1) return undefined;
  return plainState([...countries][0]!);
}

// Words that mark an outlet as the state's own: "state news agency IRNA", "the official SANA agency".
const STATE_OUTLET_WORDS = new Set(["state", "state-run", "official", "government"]);

/** The state itself, with no sector. @example plainState("SYR").code // "SYR" */
export const plainState = (country: string): ActorRef => ({
  code: country,
  country,
  sector: null,
  name: null,
  actorId: `country:${country}`,
});

/**
 * The party a coordinated verb acted on: in "accused Russia of shooting down the jet and demanded
 * an apology", the demand is made of Russia, whom the first verb named.
 *
 * @example
 * coordinatedObject(tokens, trigger, mentions, sources)[0]?.text; // "Russia"
 */
import type { ActorMention, Token } from "../core/types.js";
import { coordinatedHost, topicOf } from "./clause-roles.js";

/** The first actor after the verb the trigger is coordinated with, before the trigger; else none. @example coordinatedObject(tokens, i, mentions, sources) */
export function coordinatedObject(
  tokens: readonly Token[],
  trigger: number,
  mentions: readonly ActorMention[],
  sources: readonly ActorMention[],
): ActorMention[] {
  let host = coordinatedHost(tokens, trigger);
  if (host === null) return [];
  // "accused Russia of shooting down the jet and demanded …": the charge's gerund stands for the
  // verb that made the charge.
  if (tokens[host]!.lower.endsWith("ing") && tokens[host - 1]?.lower === "of") {
    let k = host - 2;
    while (k >= 0 && host - k <= 8 && tokens[k]!.pos !== "VERB") k--;
    if (k >= 0 && tokens[k]!.pos === "VERB") host = k;
  }
  const object = mentions.find(
    (m) =>
      m.span.start > host &&
      m.span.end <= trigger &&
      !sources.includes(m) &&
      !m.possessive &&
      m.actor.country !== null &&
      !sources.some((s) => s.actor.country === m.actor.country) &&
      !topicOf(tokens, m),
  );
  return object ? [object] : [];
}

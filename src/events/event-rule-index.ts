/**
 * Compiles the event rules of `dictionaries/events` into the token matcher and indexes the CAMEO
 * table, checking every reference once at build time.
 *
 * @example
 * const index = compileEventRules(dictionaries, analyser.vocabulary);
 * index.cameo.get("036")?.plover; // "AGREE"
 */
import type { CameoCode, Dictionaries, EventRule } from "../core/dictionary-schema.js";
import { ParleyError } from "../core/errors.js";
import { TokenMatcher } from "../nlp/token-matcher.js";
import { parseTokenPattern } from "../nlp/token-pattern.js";
import type { Vocabulary } from "../nlp/vocabulary.js";

/** A rule with the one pattern that matched. @example { rule, pattern: "refuse &letter" } */
export interface RulePattern {
  readonly rule: EventRule;
  readonly pattern: string;
}

/** Compiled event rules. @example index.matcher.matchAt(tokens, i, slots) */
export interface EventRuleIndex {
  readonly matcher: TokenMatcher<RulePattern>;
  readonly cameo: ReadonlyMap<string, CameoCode>;
  readonly ruleCount: number;
}

/** Compiles every rule; a bad pattern raises E_DICTIONARY naming the rule. @example compileEventRules(d) */
export function compileEventRules(dictionaries: Dictionaries, vocabulary: Vocabulary): EventRuleIndex {
  const matcher = new TokenMatcher<RulePattern>(vocabulary, "lower-or-lemma");
  const cameo = new Map(dictionaries.cameo.map((c) => [c.code, c]));
  for (const rule of dictionaries.eventRules) {
    if (!cameo.has(rule.cameo)) {
      throw new ParleyError(
        "E_DICTIONARY",
        `event rule "${rule.id}": field cameo: unknown CAMEO code ${rule.cameo}`,
      );
    }
    for (const pattern of rule.patterns) {
      try {
        matcher.add(parseTokenPattern(pattern, dictionaries.eventSets), { rule, pattern });
      } catch (error) {
        throw new ParleyError(
          "E_DICTIONARY",
          `event rule "${rule.id}": field patterns: ${(error as Error).message}`,
        );
      }
    }
  }
  return { matcher, cameo, ruleCount: dictionaries.eventRules.length };
}

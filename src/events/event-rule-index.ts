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
import { passivePattern } from "./passive-patterns.js";

/** A rule with the one pattern that matched. @example { rule, pattern: "refuse &letter" } */
export interface RulePattern {
  readonly rule: EventRule;
  readonly pattern: string;
  /**
   * The passive form the compiler derived from `pattern`, the rule's own active pattern, when that
   * form is what matched ("&letter * was|… * reject" from "reject|refuse|decline").
   */
  readonly passiveForm?: string;
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
    // "the agreement was signed by …": a verb rule's passive starts at its object, as a noun rule does.
    const passiveRule: EventRule | null =
      (rule.head ?? "verb") === "verb" && rule.polarity !== "negated" ? { ...rule, head: "noun" } : null;
    for (const pattern of rule.patterns) {
      try {
        matcher.add(parseTokenPattern(pattern, dictionaries.eventSets), { rule, pattern });
        const passive = passiveRule ? passivePattern(pattern) : null;
        if (passive !== null && passiveRule !== null)
          matcher.add(parseTokenPattern(passive, dictionaries.eventSets), {
            rule: passiveRule,
            pattern,
            passiveForm: passive,
          });
      } catch (error) {
        throw new ParleyError(
          "E_DICTIONARY",
          `event rule "${rule.id}": field patterns: ${(error as Error).message}`,
        );
      }
    }
  }
  matcher.compile();
  return { matcher, cameo, ruleCount: dictionaries.eventRules.length };
}

import { describe, expect, it } from "vitest";
import type { Dictionaries, EventRule } from "../../src/core/dictionary-schema.js";
import { ParleyError } from "../../src/core/errors.js";
import { compileEventRules } from "../../src/events/event-rule-index.js";
import { defaultDictionaryDir, loadDictionaries } from "../../src/ingest/dictionary-loader.js";
import { Vocabulary } from "../../src/nlp/vocabulary.js";

const bundled = loadDictionaries(defaultDictionaryDir());

function withRule(rule: EventRule): Dictionaries {
  return { ...bundled, eventRules: [...bundled.eventRules, rule] };
}

describe("compileEventRules: choices of phrases", () => {
  it("refuses an unbracketed choice of phrases, naming the rule", () => {
    let caught: unknown;
    try {
      compileEventRules(
        withRule({ id: "repel-attack", cameo: "190", patterns: ["fend off|beat back * attack"] }),
        new Vocabulary(),
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ParleyError);
    expect((caught as ParleyError).code).toBe("E_DICTIONARY");
    expect((caught as ParleyError).message).toMatch(
      /event rule "repel-attack": field patterns: .*\(fend off\|beat back\)/,
    );
  });

  it("compiles a bracketed choice of phrases", () => {
    const index = compileEventRules(
      withRule({ id: "repel-attack", cameo: "190", patterns: ["(fend off|beat back) * attack"] }),
      new Vocabulary(),
    );
    expect(index.ruleCount).toBe(bundled.eventRules.length + 1);
  });
});

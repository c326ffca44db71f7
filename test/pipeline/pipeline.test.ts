import { describe, expect, it } from "vitest";
import { ParleyError } from "../../src/core/errors.js";
import type { CodedEvent } from "../../src/core/types.js";
import { createCoderFrom } from "../../src/pipeline/coder.js";
import { buildPipeline, type Stage } from "../../src/pipeline/pipeline.js";
import { miniDictionaries } from "../fixtures/mini-dictionaries.js";

interface State {
  readonly input: string;
  readonly words: readonly string[];
  readonly count: number;
  readonly report: string;
}

const words: Stage<State> = {
  name: "words",
  needs: ["input"],
  adds: ["words"],
  run: ({ input }) => ({ words: input.split(" ") }),
};
const count: Stage<State> = {
  name: "count",
  needs: ["words"],
  adds: ["count"],
  run: ({ words }) => ({ count: words.length }),
};
const report: Stage<State> = {
  name: "report",
  needs: ["words", "count"],
  adds: ["report"],
  run: ({ words, count }) => ({ report: `${count}:${words.join("+")}` }),
};

function pipelineError(build: () => unknown): ParleyError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError);
    return error as ParleyError;
  }
  throw new Error("expected a ParleyError");
}

describe("buildPipeline: checks at build time", () => {
  it("rejects a stage whose need no earlier stage adds, naming the stage and the field", () => {
    const error = pipelineError(() => buildPipeline([words, report], ["input"]));
    expect(error.code).toBe("E_PIPELINE");
    expect(error.message).toContain('"report"');
    expect(error.message).toContain("count");
    expect(error.message).not.toContain("words,");
  });

  it("rejects a misordered pipeline even when every need is added later", () => {
    const error = pipelineError(() => buildPipeline([count, words], ["input"]));
    expect(error.code).toBe("E_PIPELINE");
    expect(error.message).toContain('"count"');
    expect(error.message).toContain("words");
  });

  it("rejects a need that is not among the provided fields", () => {
    const error = pipelineError(() => buildPipeline([words], []));
    expect(error.code).toBe("E_PIPELINE");
    expect(error.message).toContain('"words"');
    expect(error.message).toContain("input");
  });

  it("rejects a duplicate stage name", () => {
    const again: Stage<State> = { ...count, needs: ["words"], adds: ["count"] };
    const error = pipelineError(() => buildPipeline([words, count, again], ["input"]));
    expect(error.code).toBe("E_PIPELINE");
    expect(error.message).toContain('"count"');
    expect(error.message).toMatch(/twice/);
  });

  it("accepts a well-ordered pipeline and lists its stages", () => {
    const pipeline = buildPipeline([words, count, report], ["input"]);
    expect(pipeline.stageNames).toEqual(["words", "count", "report"]);
  });

  it("accepts an empty pipeline", () => {
    const pipeline = buildPipeline<State>([], ["input"]);
    expect(pipeline.stageNames).toEqual([]);
    expect(pipeline.run({ input: "a" })).toEqual({ input: "a" });
  });
});

describe("buildPipeline: running", () => {
  it("runs stages in order, each seeing what earlier stages added", () => {
    const seen: string[] = [];
    const spy = (stage: Stage<State>): Stage<State> => ({
      ...stage,
      run: (state) => {
        seen.push(`${stage.name}:${Object.keys(state).sort().join(",")}`);
        return stage.run(state);
      },
    });
    const pipeline = buildPipeline([spy(words), spy(count), spy(report)], ["input"]);
    const state = pipeline.run({ input: "kim met trump" });
    expect(seen).toEqual(["words:input", "count:input,words", "report:count,input,words"]);
    expect(state).toEqual({
      input: "kim met trump",
      words: ["kim", "met", "trump"],
      count: 3,
      report: "3:kim+met+trump",
    });
  });

  it("does not change the initial state object", () => {
    const initial = { input: "a b" };
    buildPipeline([words, count], ["input"]).run(initial);
    expect(initial).toEqual({ input: "a b" });
  });

  it("fails when a stage does not add what it declares", () => {
    const lazy: Stage<State> = { name: "lazy", needs: ["words"], adds: ["count"], run: () => ({}) };
    const pipeline = buildPipeline([words, lazy], ["input"]);
    const error = pipelineError(() => pipeline.run({ input: "a b" }));
    expect(error.code).toBe("E_PIPELINE");
    expect(error.message).toContain('"lazy"');
    expect(error.message).toContain("count");
  });

  it("stops at the first failing stage", () => {
    let reached = false;
    const lazy: Stage<State> = { name: "lazy", needs: ["words"], adds: ["count"], run: () => ({}) };
    const after: Stage<State> = {
      name: "after",
      needs: ["count"],
      adds: ["report"],
      run: () => {
        reached = true;
        return { report: "" };
      },
    };
    expect(() => buildPipeline([words, lazy, after], ["input"]).run({ input: "a" })).toThrow(ParleyError);
    expect(reached).toBe(false);
  });
});

describe("buildPipeline: running a batch", () => {
  it("runs each stage over the whole batch before the next, with the results of run", () => {
    const seen: string[] = [];
    const spy = (stage: Stage<State>): Stage<State> => ({
      ...stage,
      run: (state) => {
        seen.push(`${stage.name}:${state.input}`);
        return stage.run(state);
      },
    });
    const pipeline = buildPipeline([spy(words), spy(count)], ["input"]);
    const inputs = [{ input: "a b" }, { input: "c" }];
    const states = pipeline.runMany(inputs);
    expect(seen).toEqual(["words:a b", "words:c", "count:a b", "count:c"]);
    expect(states).toEqual(inputs.map((i) => buildPipeline([words, count], ["input"]).run(i)));
    expect(pipeline.runMany([])).toEqual([]);
  });

  it("checks what each stage adds in a batch too", () => {
    const lazy: Stage<State> = { name: "lazy", needs: ["words"], adds: ["count"], run: () => ({}) };
    const error = pipelineError(() => buildPipeline([words, lazy], ["input"]).runMany([{ input: "a" }]));
    expect(error.code).toBe("E_PIPELINE");
  });
});

describe("the coder's pipeline", () => {
  it("runs the coder's stages in their documented order", () => {
    const coder = createCoderFrom({ dictionaries: miniDictionaries() });
    expect(coder.stageNames).toEqual([
      "sentences",
      "dates",
      "actors",
      "coreference",
      "attribution",
      "events",
      "article-events",
    ]);
    const state = coder.analyse({ text: "Pyongyang rejected the letter.", date: "2025-06-12" });
    for (const key of ["document", "dates", "mentions", "resolvedMentions", "frames", "candidates", "events"])
      expect(state).toHaveProperty(key);
  });
});

describe("coders side by side", () => {
  const text = "The U.S. imposed sanctions on North Korea. Trump and Kim met in Singapore.";
  const summary = (events: readonly CodedEvent[]) =>
    events.map(
      (e) => `${e.event} ${e.source.map((a) => a.code).join("+")}->${e.target.map((a) => a.code).join("+")}`,
    );

  it("keeps two coders with different dictionaries apart in one process", () => {
    const full = createCoderFrom({ dictionaries: miniDictionaries() });
    const before = summary(full.code({ text, date: "2025-06-12" }).events);
    expect(before).toContain("SANCTION USA->PRK");
    expect(before.length).toBeGreaterThan(1);

    const empty = createCoderFrom({ dictionaries: miniDictionaries({ eventRules: [], version: "empty" }) });
    const fromEmpty = empty.code({ text, date: "2025-06-12" }).events;
    expect(fromEmpty).toEqual([]);
    expect(empty.dictionaryVersion).toBe("empty");
    expect(full.dictionaryVersion).toBe("mini");

    // The first coder is unaffected by the second, interleaved either way.
    expect(summary(full.code({ text, date: "2025-06-12" }).events)).toEqual(before);
    expect(empty.code({ text, date: "2025-06-12" }).events).toEqual([]);
    expect(summary(full.code({ text, date: "2025-06-12" }).events)).toEqual(before);
  });

  it("keeps actor dictionaries apart too", () => {
    const base = createCoderFrom({ dictionaries: miniDictionaries() });
    const noPeople = createCoderFrom({ dictionaries: miniDictionaries({ people: [] }) });
    const sentence = "Kim Jong Un rejected the letter.";
    const mentionsOf = (c: typeof base) =>
      c.analyse({ text: sentence, date: "2025-06-12" }).mentions[0]!.map((m) => m.actor.code);
    expect(mentionsOf(base)).toEqual(["PRKGOV"]);
    expect(mentionsOf(noPeople)).toEqual([]);
    expect(mentionsOf(base)).toEqual(["PRKGOV"]);
  });

  it("gives the same result for the same article every time", () => {
    const coder = createCoderFrom({ dictionaries: miniDictionaries() });
    const a = coder.code({ text, date: "2025-06-12", id: "x" });
    const b = coder.code({ text, date: "2025-06-12", id: "x" });
    expect(b).toEqual(a);
  });
});

describe("coder input checks", () => {
  const coder = createCoderFrom({ dictionaries: miniDictionaries() });

  it("codes a batch exactly as it codes each article alone", () => {
    const text = "The U.S. imposed sanctions on North Korea. Trump and Kim met in Singapore.";
    const articles = [
      { id: "a", text, date: "2025-06-12" },
      { id: "b", text: "Kim Jong Un rejected the letter. He said talks were over.", date: "2025-01-02" },
      { id: "c", text: "", date: "2025-06-12" },
      { id: "d", text: "Pyongyang rejected the letter.\n\nSeoul condemned the launch.", date: "2025-03-04" },
    ];
    expect(coder.codeMany(articles)).toEqual(articles.map((a) => coder.code(a)));
    expect(coder.analyseMany(articles)).toEqual(articles.map((a) => coder.analyse(a)));
  });

  it("refuses a batch holding an article it would refuse alone", () => {
    expect(() => coder.codeMany([{ text: "Kim met Trump.", date: "2025-06-12" }, { text: "No date." }])).toThrow(
      ParleyError,
    );
  });

  it("rejects an article without a usable date", () => {
    let caught: unknown;
    try {
      coder.code({ text: "Kim met Trump." });
    } catch (error) {
      caught = error;
    }
    expect((caught as ParleyError).code).toBe("E_DATE");
    expect(() => coder.code({ text: "Kim met Trump.", date: "12/06/2025" })).toThrow(ParleyError);
  });

  it("uses the default date for an article without one", () => {
    const withDefault = createCoderFrom({ dictionaries: miniDictionaries(), defaultDate: "2025-06-12" });
    expect(withDefault.code({ text: "Kim met Trump." }).date).toBe("2025-06-12");
  });

  it("rejects an article over the character limit", () => {
    const small = createCoderFrom({ dictionaries: miniDictionaries(), limits: { maxArticleChars: 10 } });
    let caught: unknown;
    try {
      small.code({ text: "Kim met Trump in Singapore.", date: "2025-06-12" });
    } catch (error) {
      caught = error;
    }
    expect((caught as ParleyError).code).toBe("E_LIMIT");
  });
});

/**
 * The runner for golden sentences checked on full actor codes (country and sector): each sentence
 * through the bundled coder, with the events it must code and the codes no event may carry.
 *
 * @example
 * runFullCodeCases("capitals", [{ text: "Moscow accused Kyiv of shelling.", expect: ["ACCUSE RUSGOV>UKRGOV"] }]);
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { expectEvents } from "./golden-runner.js";
import { renderFullCodes } from "./render-event.js";

/** One sentence and its full-code events. @example { text: "Hamas fired rockets at Israel.", expect: ["ASSAULT PSEREB>ISR"] } */
export interface FullCodeGolden {
  readonly text: string;
  /** The report's date (2024-05-15 when left out): people and parties are read on it. */
  readonly date?: string;
  /** Events as "TYPE SRC>TGT" with full codes; "TYPE SRC>-" accepts any target. */
  readonly expect: readonly string[];
  /** Codes neither side of any event may carry. */
  readonly never?: readonly string[];
  /** When true, no news event beyond those expected may be coded (historical, negated and hypothetical ones aside). */
  readonly exact?: boolean;
}

/** One vitest case per sentence and date, under `name`. @example runFullCodeCases("parties", cases) */
export function runFullCodeCases(name: string, cases: readonly FullCodeGolden[]): void {
  describe(name, () => {
    let coder: Coder;
    beforeAll(() => {
      coder = createCoder();
    });
    for (const c of cases) {
      const date = c.date ?? "2024-05-15";
      it(`${c.text} (${date})`, () => {
        const events = coder.code({ text: c.text, date }).events;
        expectEvents(events.map(renderFullCodes), c.expect);
        const codes = new Set(events.flatMap((e) => [...e.source, ...e.target].map((a) => a.code)));
        for (const code of c.never ?? []) expect(codes.has(code)).toBe(false);
        if (c.exact) {
          const news = events.filter((e) => !e.historical && !e.negated && e.modality !== "hypothetical");
          expect(news).toHaveLength(c.expect.length);
        }
      });
    }
  });
}

/**
 * A runner for golden sentences checked in full actor codes (country and sector): each case lists
 * the news events that must be coded, and may forbid any other or any actor code.
 *
 * @example
 * runFullCodeCases("pairs", [{ text: "Officials from the two Koreas met.", events: ["CONSULT PRKGOV>KORGOV"] }]);
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { expectEvents } from "./golden-runner.js";
import { renderFullCodes } from "./render-event.js";

/** One sentence in full codes. @example { text: "The Pentagon chief criticised Iran.", events: ["ACCUSE USAMIL>IRN"] } */
export interface FullCodeCase {
  readonly text: string;
  readonly date?: string;
  /** News events "TYPE SRC>TGT" in full codes that must be coded; "TYPE SRC>-" accepts any target. */
  readonly events: readonly string[];
  /** When true, no other news event may be coded. */
  readonly exact?: boolean;
  /** Codes (or "SRC>TGT" fragments) no news event may hold. */
  readonly never?: readonly string[];
}

/** One vitest case per sentence, under `name`, dated 2025-06-12 unless the case says otherwise. @example runFullCodeCases("leaders", cases) */
export function runFullCodeCases(name: string, cases: readonly FullCodeCase[]): void {
  describe(name, () => {
    let coder: Coder;
    beforeAll(() => {
      coder = createCoder();
    });

    for (const c of cases) {
      it(`${c.text}${c.date ? ` (${c.date})` : ""}`, () => {
        const events = coder
          .code({ text: c.text, date: c.date ?? "2025-06-12" })
          .events.filter((e) => !e.historical && !e.negated && e.modality !== "hypothetical")
          .map(renderFullCodes);
        expectEvents(events, c.events);
        if (c.exact) expect(events).toHaveLength(c.events.length);
        for (const code of c.never ?? []) expect(events.some((x) => x.includes(code))).toBe(false);
      });
    }
  });
}

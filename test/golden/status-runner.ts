/**
 * The runner for golden reports that check how sure a report is: each case names one event and the
 * status (asserted, confirmed, denied, unconfirmed) and reporters it must carry.
 *
 * @example
 * runStatusCases("denied reports", [{ text: "…, Axios reported. Tehran denied the report.", why: "…", event: "CONSULT IRN>USA", status: "denied" }]);
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { renderEvent } from "./render-event.js";

/** One report and the status of one of its events. @example { text, why, event: "CONSULT IRN>USA", status: "denied" } */
export interface StatusGolden {
  readonly text: string;
  readonly why: string;
  /** The event, as "TYPE SRC>TGT" ("TYPE SRC>-" for any target). */
  readonly event: string;
  readonly status: string;
  /** Reporter codes, when the report names one. */
  readonly reporters?: readonly string[];
}

/** One vitest case per report, under `name`. @example runStatusCases("denied reports", cases) */
export function runStatusCases(name: string, cases: readonly StatusGolden[]): void {
  describe(name, () => {
    let coder: Coder;
    beforeAll(() => {
      coder = createCoder();
    });

    for (const c of cases) {
      it(`${c.text} (${c.why})`, () => {
        const events = coder.code({ text: c.text, date: "2025-06-12" }).events;
        const prefix = c.event.endsWith(">-") ? c.event.slice(0, -1) : c.event;
        const found = events.filter((e) => renderEvent(e).startsWith(prefix));
        expect(found, events.map(renderEvent).join(" | ")).not.toEqual([]);
        for (const e of found) {
          expect(e.attribution.status).toBe(c.status);
          if (c.reporters) expect(e.attribution.reporters.map((r) => r.code)).toEqual(c.reporters);
        }
      });
    }
  });
}

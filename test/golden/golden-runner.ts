/**
 * The runner shared by the golden sentence files: whole sentences through the bundled coder, each
 * with the events a careful analyst would code (type, source country, target country).
 *
 * @example
 * runGoldenCases("modality", [{ text: "Iran is considering imposing tariffs.", expect: ["?SANCTION IRN>-"] }]);
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { renderEvent } from "./render-event.js";

/** One golden sentence. @example { text: "Japan sent aid to Turkey.", expect: ["AID JPN>TUR"], exact: true } */
export interface Golden {
  readonly text: string;
  readonly date?: string;
  /** "TYPE SRC>TGT" with country parts; TGT may be "-" for none; prefix "~" for historical, "!" for negated, "?" for hypothetical. */
  readonly expect: readonly string[];
  /** When true, no news event may be coded beyond the expected ones. */
  readonly exact?: boolean;
  /** Events, written as in `expect` but with full targets, that must not be coded. */
  readonly absent?: readonly string[];
}

const isNews = (e: string): boolean => !/^[~!?]/.test(e);

/**
 * Asserts each wanted event is among the rendered ones; "TYPE SRC>-" accepts any target.
 * @example expectEvents(["ACCUSE USA>PRK"], ["ACCUSE USA>-"])
 */
export function expectEvents(rendered: readonly string[], wanted: readonly string[]): void {
  for (const w of wanted) {
    if (w.endsWith(">-")) expect(rendered.some((e) => e.startsWith(w.slice(0, -1)))).toBe(true);
    else expect(rendered).toContain(w);
  }
}

/** One vitest case per sentence, under `name`. @example runGoldenCases("golden sentences", cases) */
export function runGoldenCases(name: string, cases: readonly Golden[]): void {
  describe(name, () => {
    let coder: Coder;
    beforeAll(() => {
      coder = createCoder();
    });

    for (const c of cases) {
      it(c.text, () => {
        const events = coder.code({ text: c.text, date: c.date ?? "2024-05-15" }).events.map(renderEvent);
        expectEvents(events, c.expect);
        if (c.exact) expect(events.filter(isNews)).toHaveLength(c.expect.filter(isNews).length);
        for (const a of c.absent ?? []) expect(events).not.toContain(a);
      });
    }
  });
}

/**
 * Codes a sentence as "CAMEO SRC>TGT" lines by country ("120! JPN>PHL" when negated; the modality
 * after it when asked), with one bundled coder built at first use.
 * @example const codes = cameoCodes(); codes("Pakistan recalled its high commissioner from New Delhi.") // ["161 PAK>IND"]
 */
export function cameoCodes(date = "2024-05-15", withModality = false): (text: string) => string[] {
  let coder: Coder | undefined;
  const side = (actors: readonly { country: string | null }[]) => actors.map((a) => a.country).join(",");
  return (text) => {
    coder ??= createCoder();
    return coder
      .code({ text, date })
      .events.map(
        (e) =>
          `${e.cameo}${e.negated ? "!" : ""} ${side(e.source)}>${side(e.target)}${withModality ? ` ${e.modality}` : ""}`,
      );
  };
}

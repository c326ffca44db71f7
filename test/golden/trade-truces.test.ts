/**
 * Golden sentences on truces in a trade war: a tariff truce eases tariffs (085, or 0354 when
 * only agreed to), and is no military ceasefire (0871). Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";

const coder = createCoder();
const codes = (text: string) =>
  coder
    .code({ text, date: "2025-08-11" })
    .events.map(
      (e) =>
        `${e.cameo} ${e.source.map((a) => a.country).join(",")}>${e.target.map((a) => a.country).join(",")}`,
    );

describe("trade truces", () => {
  it("codes a tariff truce agreed or extended as easing tariffs", () => {
    expect(codes("The United States and China agreed to extend their tariff truce by 90 days.")).toEqual([
      "0354 USA>CHN",
      "0354 CHN>USA",
    ]);
    expect(codes("The US extended the tariff truce with China.")).toEqual(["085 USA>CHN"]);
    expect(codes("A trade truce between Washington and Beijing held.")).toEqual([
      "085 USA>CHN",
      "085 CHN>USA",
    ]);
  });

  it("keeps a military truce a ceasefire and extended tariffs a sanction", () => {
    expect(codes("Israel and Hamas agreed to extend their truce by two days.")).toEqual([
      "0356 ISR>PSE",
      "0356 PSE>ISR",
    ]);
    expect(codes("Washington extended tariffs on Chinese steel.")).toEqual(["163 USA>CHN"]);
  });
});

import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { datelineEnd } from "../../src/nlp/dateline.js";

const coder = createCoder();
const tokensOf = (text: string) =>
  coder.analyse({ id: "t", text, date: "2025-11-26" }).document.sentences[0]!.tokens;
const wordAfter = (text: string) => tokensOf(text)[datelineEnd(tokensOf(text))]?.text;

describe("datelineEnd", () => {
  it("ends after the dash of a wire dateline", () => {
    expect(wordAfter("BAMAKO, Nov 26 (AFP) - Jihadists have blockaded the capital.")).toBe("Jihadists");
    expect(wordAfter("SEOUL (Reuters) - North Korea fired two missiles.")).toBe("North");
    expect(wordAfter("KYIV, Ukraine (AP) — Russia struck Kyiv overnight.")).toBe("Russia");
    expect(wordAfter("WASHINGTON - The United States imposed sanctions.")).toBe("The");
  });

  it("finds none in a sentence that opens with its subject", () => {
    expect(
      datelineEnd(tokensOf("U.N. Secretary-General Kofi Annan announced he will withdraw inspectors.")),
    ).toBe(0);
    expect(datelineEnd(tokensOf("Iran fired missiles - and Israel struck back."))).toBe(0);
    expect(datelineEnd(tokensOf("The minister (a former general) - said nothing."))).toBe(0);
  });

  it("keeps the agency and the city of a dateline out of the events", () => {
    const events = coder.code({
      text: "BAMAKO, Nov 26 (AFP) - Militants have blockaded fuel deliveries to the capital for two months.",
      date: "2025-11-26",
    }).events;
    expect(events.flatMap((e) => e.source.map((a) => a.code))).not.toContain("FRAMED");
  });

  it("finds the dateline after a headline too", () => {
    const events = coder.code({
      text: "Militants blockade Bamako\n\nBAMAKO, Nov 26 (AFP) - Militants have blockaded fuel deliveries to the capital for two months.",
      date: "2025-11-26",
    }).events;
    expect(events.flatMap((e) => e.source.map((a) => a.code))).not.toContain("FRAMED");
  });

  it("dates no event by the day the story was filed", () => {
    const events = coder.code({
      text: "MANILA, Nov 27 (AP) - A Chinese coast guard ship fired a water cannon at a Philippine vessel on Thursday.",
      date: "2025-11-26",
    }).events;
    expect(events.map((e) => e.date)).toEqual(["2025-11-20"]);
  });
});

/**
 * The article Parley started from, coded as a careful analyst would: the offer of dialogue, the
 * refused letter (claimed by North Korean media, unconfirmed by Washington), the 2018 summit and the
 * first-term letters as history, and nothing from the commentary.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodedEvent } from "../../src/core/types.js";
import { createCoder } from "../../src/index.js";

const seedPath = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "shared",
  "seed",
  "white-house-kim-letter.txt",
);
const countries = (actors: CodedEvent["source"]) => new Set(actors.map((a) => a.country));

describe.skipIf(!existsSync(seedPath))("the seed article (coded with date 2025-06-12)", () => {
  let events: readonly CodedEvent[];
  let sentences: readonly string[];

  beforeAll(() => {
    const coder = createCoder();
    const text = readFileSync(seedPath, "utf8");
    const state = coder.analyse({ id: "seed", text, date: "2025-06-12" });
    events = state.events;
    sentences = state.document.sentences.map((s) => s.text);
  });

  it("(a) codes Trump's openness to dialogue as USA → PRK AGREE 036, news, reported by the White House and Leavitt", () => {
    const agree = events.filter((e) => e.event === "AGREE" && e.cameo === "036" && !e.historical);
    expect(agree).toHaveLength(1);
    const [a] = agree;
    expect(countries(a!.source)).toEqual(new Set(["USA"]));
    expect(a!.source[0]!.actorId).toBe("person:donald-trump");
    expect(countries(a!.target)).toEqual(new Set(["PRK"]));
    expect(a!.mentions.length).toBeGreaterThanOrEqual(2);
    const reporters = a!.attribution.reporters.map((r) => r.text).join(" | ");
    expect(reporters).toMatch(/White House/);
    expect(reporters).toMatch(/Leavitt/);
  });

  it("(b) codes one refused letter, PRK → USA REJECT, reported by North Korean media and unconfirmed", () => {
    const rejects = events.filter((e) => e.event === "REJECT" && !e.historical);
    expect(rejects).toHaveLength(1);
    const [b] = rejects;
    expect(b!.cameo.startsWith("12")).toBe(true);
    expect(countries(b!.source)).toEqual(new Set(["PRK"]));
    expect(countries(b!.target)).toEqual(new Set(["USA"]));
    expect(b!.channel).toBe("letter");
    expect(b!.attribution.reporters.map((r) => r.code)).toContain("PRKMED");
    expect(b!.attribution.reporters.map((r) => r.code)).not.toContain("USAGOV");
    expect(b!.attribution.status).toBe("unconfirmed");
    // Every sentence that reports the refusal is evidence of this one event.
    const reporting = sentences
      .map((s, i) => ({ s, i }))
      .filter(
        ({ s }) => /\b(declined|rejected|refusal|rejection)\b/.test(s) && /letter|correspondence/.test(s),
      )
      .map(({ i }) => i);
    expect(new Set(b!.mentions.map((m) => m.sentence))).toEqual(new Set(reporting));
  });

  it("(c) codes the 2018 Singapore summit as a historical CONSULT between USA and PRK", () => {
    const summit = events.filter((e) => e.event === "CONSULT" && e.historical && e.date.startsWith("2018"));
    expect(summit.length).toBeGreaterThanOrEqual(1);
    for (const e of summit) {
      expect(new Set([...countries(e.source), ...countries(e.target)])).toEqual(new Set(["USA", "PRK"]));
      expect(e.location).toBe("Singapore");
      expect(e.datePrecision).toBe("year");
    }
  });

  it("(d) codes the first-term 'pen pals' letters as historical, never as news", () => {
    const penPals = sentences.findIndex((s) => s.includes("pen pals"));
    const fromIt = events.filter((e) => e.mentions.some((m) => m.sentence === penPals));
    expect(fromIt.length).toBeGreaterThanOrEqual(1);
    for (const e of fromIt) {
      expect(e.historical).toBe(true);
      expect(e.date < "2021-01-20").toBe(true);
    }
  });

  it("(e) codes nothing from the commentary sentences", () => {
    const commentary = sentences
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => /complex dynamics|volatile nature|public sentiment|soft diplomacy/.test(s))
      .map(({ i }) => i);
    expect(commentary.length).toBe(4);
    for (const e of events) for (const m of e.mentions) expect(commentary).not.toContain(m.sentence);
  });

  it("counts no historical event as news", () => {
    const news = events.filter((e) => !e.historical);
    for (const e of news) expect(e.date).toBe("2025-06-12");
  });
});

import { describe, expect, it } from "vitest";
import type { CodedEvent } from "../../src/core/types.js";
import { createCoderFrom } from "../../src/pipeline/coder.js";
import { miniDictionaries } from "../fixtures/mini-dictionaries.js";

const coder = createCoderFrom({ dictionaries: miniDictionaries() });
const DATE = "2025-06-12";

function eventsOf(text: string): readonly CodedEvent[] {
  return coder.code({ text, date: DATE }).events;
}

/** "TYPE SRC->TGT" by country, one line per event, sorted. */
function dyads(events: readonly CodedEvent[]): string[] {
  return events
    .map(
      (e) =>
        `${e.event} ${e.source.map((a) => a.country).join("+")}->${e.target.map((a) => a.country).join("+")}`,
    )
    .sort();
}

function only(text: string, type: string): CodedEvent {
  const found = eventsOf(text).filter((e) => e.event === type);
  expect(found, `${type} events of "${text}": ${dyads(eventsOf(text)).join("; ")}`).toHaveLength(1);
  return found[0]!;
}

describe("event extraction: subjects and objects", () => {
  it("codes an active clause: subject → object", () => {
    const e = only("The U.S. imposed sanctions on North Korea.", "SANCTION");
    expect(e.cameo).toBe("163");
    expect(e.source.map((a) => a.code)).toEqual(["USA"]);
    expect(e.target.map((a) => a.code)).toEqual(["PRK"]);
    expect(e.source[0]!.text).toBe("U.S.");
    expect(e.target[0]!.text).toBe("North Korea");
    expect(e.quadClass).toBe(4);
    expect(e.goldstein).toBe(-8);
    expect(dyads(eventsOf("The U.S. imposed sanctions on North Korea."))).toEqual(["SANCTION USA->PRK"]);
  });

  it("codes a passive with an agent: the agent is the source, the subject's owner the target", () => {
    const e = only("North Korea's letter was rejected by Washington.", "REJECT");
    expect(e.source.map((a) => a.country)).toEqual(["USA"]);
    expect(e.source[0]!.text).toBe("Washington");
    expect(e.target.map((a) => a.country)).toEqual(["PRK"]);
    expect(e.target[0]!.text).toBe("North Korea");
  });

  it("codes a passive whose subject is the target", () => {
    expect(dyads(eventsOf("North Korea was attacked by the U.S."))).toEqual(["ASSAULT USA->PRK"]);
  });

  it("gives one event per coordinated subject", () => {
    expect(dyads(eventsOf("Washington and Seoul accused Pyongyang."))).toEqual([
      "ACCUSE KOR->PRK",
      "ACCUSE USA->PRK",
    ]);
  });

  it("gives an event for each coordinated subject of talks with a third party", () => {
    const found = dyads(eventsOf("Washington and Seoul held talks with Pyongyang."));
    expect(found).toContain("CONSULT USA->PRK");
    expect(found).toContain("CONSULT KOR->PRK");
    // Talks between the two subjects are not implied.
    expect(found).not.toContain("CONSULT USA->KOR");
    expect(found).not.toContain("CONSULT KOR->USA");
  });

  it("gives one event per coordinated object", () => {
    expect(dyads(eventsOf("The U.S. imposed sanctions against Russia, China and Iran."))).toEqual([
      "SANCTION USA->CHN",
      "SANCTION USA->IRN",
      "SANCTION USA->RUS",
    ]);
  });

  it("codes a mutual meeting in both directions, with its location", () => {
    const coded = eventsOf("Trump and Kim met in Singapore.");
    expect(dyads(coded)).toEqual(["CONSULT PRK->USA", "CONSULT USA->PRK"]);
    for (const e of coded) {
      expect(e.location).toBe("Singapore");
      expect(e.channel).toBe("meeting");
      expect(e.target.map((a) => a.country)).not.toContain("SGP");
    }
  });

  it("names the target right after a pattern that ends in a preposition", () => {
    const e = only("US troops fired missiles at Syria.", "ASSAULT");
    expect(e.source.map((a) => a.code)).toEqual(["USAMIL"]);
    expect(e.source[0]!.text).toBe("US troops");
    expect(e.target.map((a) => a.code)).toEqual(["SYR"]);
  });

  it("matches a multi-word set member in a pattern", () => {
    const e = only("Israeli troops launched an air strike on Syria.", "ASSAULT");
    expect(e.source.map((a) => a.code)).toEqual(["ISRMIL"]);
    expect(e.target.map((a) => a.code)).toEqual(["SYR"]);
  });

  it("codes a noun event with a 'by' agent", () => {
    const e = only("The refusal of Trump's letter by Kim Jong Un angered Washington.", "REJECT");
    expect(e.source.map((a) => a.country)).toEqual(["PRK"]);
    expect(e.source[0]!.text).toBe("Kim Jong Un");
    expect(e.target.map((a) => a.country)).toEqual(["USA"]);
    expect(e.target[0]!.text).toBe("Trump");
    expect(e.channel).toBe("letter");
  });

  it("codes a noun event whose source is the subject of the governing verb", () => {
    const e = only("North Korea expressed readiness to talk with Seoul.", "AGREE");
    expect(e.source.map((a) => a.country)).toEqual(["PRK"]);
    expect(e.target.map((a) => a.country)).toEqual(["KOR"]);
  });

  it("codes an adjective event", () => {
    expect(dyads(eventsOf("Pyongyang is open to talks with Washington."))).toEqual(["AGREE PRK->USA"]);
  });

  it("codes the subject of a relative clause as the noun it hangs on", () => {
    const e = only("Kim Jong Un, who rejected Trump's letter, met officials.", "REJECT");
    expect(e.source.map((a) => a.country)).toEqual(["PRK"]);
    expect(e.target.map((a) => a.country)).toEqual(["USA"]);
  });
});

describe("event extraction: what is not an event", () => {
  it('does not code "declined to comment" as a REJECT', () => {
    const coded = eventsOf("Kim Jong Un declined to comment on Trump's letter.");
    expect(coded.filter((e) => e.event === "REJECT")).toEqual([]);
  });

  it('does not code "refused to confirm" as a REJECT', () => {
    expect(eventsOf("Seoul refused to confirm the report.").filter((e) => e.event === "REJECT")).toEqual([]);
  });

  it('does not code "said" as a statement event', () => {
    expect(eventsOf("Seoul said Pyongyang was ready.")).toEqual([]);
  });

  it("codes nothing between actors it cannot find", () => {
    expect(eventsOf("The letter was rejected.")).toEqual([]);
  });

  it("takes the trigger's part of speech from the rule's head", () => {
    // "attack" is a verb rule: the noun "attack" is no trigger.
    expect(eventsOf("The attack on Syria was condemned.")).toEqual([]);
  });
});

describe("event extraction: evidence", () => {
  it("records the rule id and the pattern that matched on every mention", () => {
    const cases: [string, string, string][] = [
      [
        "The U.S. imposed sanctions on North Korea.",
        "impose-sanctions",
        "impose * sanction on|against? @target?",
      ],
      // Read in the passive, the rule's pattern with its object matched: the letter comes first.
      [
        "North Korea's letter was rejected by Washington.",
        "reject-letter",
        "reject|refuse|decline * &letter",
      ],
      ["US troops fired missiles at Syria.", "fire-weapon", "fire|launch * &weapon at|on|against|into"],
      [
        "The refusal of Trump's letter by Kim Jong Un angered Washington.",
        "refusal-of-letter",
        "refusal|rejection of * &letter",
      ],
      ["Trump and Kim met in Singapore.", "meet", "meet with?"],
    ];
    for (const [text, ruleId, pattern] of cases) {
      const coded = eventsOf(text);
      expect(coded.length, text).toBeGreaterThan(0);
      for (const e of coded) {
        expect(e.mentions.length).toBeGreaterThan(0);
        for (const m of e.mentions) {
          expect(m.ruleId, text).toBe(ruleId);
          expect(m.pattern, text).toBe(pattern);
        }
      }
    }
    for (const e of eventsOf("Pyongyang rejected the letter. Kim Jong Un met Trump.")) {
      for (const m of e.mentions) {
        const rule = miniDictionaries().eventRules.find((r) => r.id === m.ruleId);
        expect(rule, m.ruleId).toBeDefined();
        expect(rule!.patterns).toContain(m.pattern);
      }
    }
  });

  it("records the actor entries behind a mention", () => {
    const e = only("US troops fired missiles at Syria.", "ASSAULT");
    expect(e.mentions[0]!.actorEntryIds).toEqual(expect.arrayContaining(["agent:troops", "country:SYR"]));
  });

  it("points trigger, source and target offsets at the article text", () => {
    const text =
      "Seoul is watching.\n\nOn Wednesday, the U.S. imposed sanctions on North Korea.  US troops fired missiles at Syria. Pyongyang’s letter was rejected by Washington.";
    const coded = coder.code({ text, date: DATE }).events;
    const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    const byType = new Map(coded.map((e) => [e.event, e]));

    const sanction = byType.get("SANCTION")!.mentions[0]!;
    expect(slice(sanction.trigger)).toBe("imposed");
    expect(sanction.source.map(slice)).toEqual(["U.S."]);
    expect(sanction.target.map(slice)).toEqual(["North Korea"]);

    const assault = byType.get("ASSAULT")!.mentions[0]!;
    expect(slice(assault.trigger)).toBe("fired missiles at");
    expect(assault.source.map(slice)).toEqual(["US troops"]);
    expect(assault.target.map(slice)).toEqual(["Syria"]);

    const reject = byType.get("REJECT")!.mentions[0]!;
    // The passive form of "reject * &letter" matches from the letter to the verb.
    expect(slice(reject.trigger)).toBe("letter was rejected");
    expect(reject.source.map(slice)).toEqual(["Washington"]);
    expect(reject.target.map(slice)).toEqual(["Pyongyang"]);

    for (const e of coded) {
      for (const m of e.mentions) {
        expect(text.slice(m.sentenceStart, m.sentenceStart + m.sentenceText.length)).toBe(m.sentenceText);
        for (const span of [m.trigger, ...m.source, ...m.target]) {
          expect(span.start).toBeGreaterThanOrEqual(m.sentenceStart);
          expect(span.end).toBeLessThanOrEqual(m.sentenceStart + m.sentenceText.length);
          expect(m.sentenceText.slice(span.start - m.sentenceStart, span.end - m.sentenceStart)).toBe(
            slice(span),
          );
        }
      }
    }
  });

  it("covers a noun event's whole phrase with its trigger span", () => {
    const text = "The refusal of Trump's letter by Kim Jong Un angered Washington.";
    const m = only(text, "REJECT").mentions[0]!;
    expect(text.slice(m.trigger.start, m.trigger.end)).toBe("refusal of Trump's letter");
    expect(m.source.map((s) => text.slice(s.start, s.end))).toEqual(["Kim Jong Un"]);
    expect(m.target.map((s) => text.slice(s.start, s.end))).toEqual(["Trump"]);
  });

  it("gives the event the CAMEO fields of its rule", () => {
    const e = only("Pyongyang rejected the letter.", "REJECT");
    expect(e).toMatchObject({
      cameo: "125",
      cameoName: "Reject proposal to meet, discuss, or negotiate",
      goldstein: -5,
      quadClass: 3,
      channel: "letter",
      date: DATE,
      datePrecision: "day",
      historical: false,
      negated: false,
      modality: "actual",
    });
    expect(e.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("event extraction: clause boundaries", () => {
  // BUG: coordinated clauses leak actors into each other: "Russia attacked Ukraine and China
  // accused Japan." gives ASSAULT RUS->UKR, ASSAULT RUS->CHN, ACCUSE UKR->JPN, ACCUSE CHN->JPN.
  // Expected only ASSAULT RUS->UKR and ACCUSE CHN->JPN.
  // Likewise "US troops fired missiles at Syria, and Pyongyang's letter was rejected by Washington."
  // gives ASSAULT USA->PRK and REJECT USA->SYR besides the two right events.
  it("keeps the actors of two coordinated clauses apart", () => {
    expect(dyads(eventsOf("Russia attacked Ukraine and China accused Japan."))).toEqual([
      "ACCUSE CHN->JPN",
      "ASSAULT RUS->UKR",
    ]);
    expect(
      dyads(
        eventsOf("US troops fired missiles at Syria, and Pyongyang's letter was rejected by Washington."),
      ),
    ).toEqual(["ASSAULT USA->SYR", "REJECT USA->PRK"]);
  });

  // BUG: a fronted subordinate clause runs into the main clause: "Unless Seoul imposes sanctions on
  // North Korea, Trump will meet Kim." also gives SANCTION KOR->USA (Trump read as a second target)
  // and CONSULT PRK->PRK (North Korea read as a second subject of "meet").
  it("ends a fronted subordinate clause at its comma", () => {
    // "X will meet Y" is coded from the subject's side; only "X and Y met" gives both directions.
    expect(dyads(eventsOf("Unless Seoul imposes sanctions on North Korea, Trump will meet Kim."))).toEqual([
      "CONSULT USA->PRK",
      "SANCTION KOR->PRK",
    ]);
  });

  // BUG: "Trump wrote to Kim Jong Un. Kim rejected his letter." codes nothing: "his" resolves to Kim
  // himself, the PRK→PRK dyad is dropped as self-directed, and the REJECT disappears. Expected
  // REJECT PRK->USA (the letter is Trump's).
  it("keeps the REJECT when the possessive pronoun follows the subject", () => {
    expect(dyads(eventsOf("Trump wrote to Kim Jong Un. Kim rejected his letter."))).toEqual([
      "REJECT PRK->USA",
    ]);
  });
});

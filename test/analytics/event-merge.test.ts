/** Cross-article dedup as pure functions: keys, date windows, summaries and status. */
import { describe, expect, it } from "vitest";
import { dateRange } from "../../src/analytics/date-ranges.js";
import {
  chooseEvent,
  deriveMergedStatus,
  type MentionRecord,
  mergeKeyOf,
  mergeMentions,
  summarizeMentions,
} from "../../src/analytics/event-merge.js";
import { codedEvent, type EventSpec } from "../store/store-fixtures.js";

let nextArticle = 0;
const record = (spec: EventSpec, article: Partial<Omit<MentionRecord, "event">> = {}): MentionRecord => ({
  articleId: article.articleId ?? ++nextArticle,
  outlet: article.outlet === undefined ? `Outlet ${nextArticle}` : article.outlet,
  published: article.published ?? spec.date ?? "2025-06-12",
  reports: article.reports ?? 1,
  event: codedEvent(spec),
});

describe("merge key and date windows", () => {
  it("keys on country-level dyad, PLOVER type, CAMEO root, negation and modality", () => {
    expect(mergeKeyOf(codedEvent({ source: "PRKGOV", target: "USAGOV", cameo: "125" }))).toEqual({
      type: "REJECT",
      cameoRoot: "12",
      source: "PRK",
      target: "USA",
      negated: false,
      modality: "actual",
    });
    expect(mergeKeyOf(codedEvent({ type: null, cameo: "010", target: "" }))).toMatchObject({
      type: "cameo-01",
      target: "",
    });
  });

  it("gives coarse dates their whole month or year", () => {
    expect(dateRange("2018-06-12", "year")).toEqual(["2018-01-01", "2018-12-31"]);
    expect(dateRange("2024-02-10", "month")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(dateRange("2025-06-12", "day")).toEqual(["2025-06-12", "2025-06-12"]);
    expect(dateRange("2025-12-29", "week")).toEqual(["2025-12-29", "2026-01-04"]);
  });

  it("joins a week to the days, months and years it overlaps", () => {
    const anchor = (id: number, date: string, datePrecision: "day" | "week" | "month") => ({
      id,
      date,
      datePrecision,
      channel: null,
      location: null,
      numArticles: 1,
    });
    const lastWeek = codedEvent({ date: "2025-06-02", precision: "week" });
    expect(chooseEvent([anchor(1, "2025-06-09", "day"), anchor(2, "2025-06-05", "day")], lastWeek)).toBe(2);
    expect(chooseEvent([anchor(1, "2025-06-09", "week")], lastWeek)).toBeNull();
    expect(chooseEvent([anchor(1, "2025-05-01", "month")], lastWeek)).toBeNull();
    expect(chooseEvent([anchor(1, "2025-06-01", "month")], lastWeek)).toBe(1);
    const newYear = codedEvent({ date: "2026-01-02" });
    expect(chooseEvent([anchor(1, "2025-12-29", "week")], newYear)).toBe(1);
  });

  it("places a day-precise mention within ±1 day, nearest first, and refuses a clash of places", () => {
    const anchor = (
      id: number,
      date: string,
      extra: Partial<Parameters<typeof chooseEvent>[0][number]> = {},
    ) => ({
      id,
      date,
      datePrecision: "day" as const,
      channel: null,
      location: null,
      numArticles: 1,
      ...extra,
    });
    const event = codedEvent({ date: "2025-06-12" });
    expect(
      chooseEvent([anchor(1, "2025-06-10"), anchor(2, "2025-06-11"), anchor(3, "2025-06-12")], event),
    ).toBe(3);
    expect(chooseEvent([anchor(1, "2025-06-10")], event)).toBeNull();
    expect(chooseEvent([anchor(1, "2025-06-13")], event)).toBe(1);
    const inHanoi = codedEvent({ date: "2019-01-01", precision: "year", location: "Hanoi" });
    expect(
      chooseEvent(
        [anchor(1, "2019-06-30", { location: "Panmunjom" }), anchor(2, "2019-02-28", { location: "Hanoi" })],
        inHanoi,
      ),
    ).toBe(2);
    const anywhere2018 = codedEvent({ date: "2018-01-01", precision: "year" });
    expect(
      chooseEvent([anchor(1, "2018-06-01"), anchor(2, "2018-06-12", { numArticles: 3 })], anywhere2018),
    ).toBe(2);
  });
});

describe("mergeMentions and summarizeMentions", () => {
  it("merges reports of one event and keeps different dyads, types and dates apart", () => {
    const groups = mergeMentions([
      record({ date: "2025-06-11" }, { outlet: "A" }),
      record({ date: "2025-06-12" }, { outlet: "B" }),
      record({ date: "2025-06-12", source: "USAGOV", target: "PRKGOV" }),
      record({ date: "2025-06-12", type: "ACCUSE", cameo: "112" }),
      record({ date: "2025-06-15" }),
    ]);
    expect(groups.map((g) => g.length)).toEqual([2, 1, 1, 1]);
  });

  it("summarises counts, outlets, reports, first and last seen, and the most precise date", () => {
    const summary = summarizeMentions([
      record(
        { date: "2018-01-01", precision: "year", historical: true, channel: "meeting" },
        { articleId: 7, outlet: "A", published: "2025-06-12" },
      ),
      record(
        {
          date: "2018-06-12",
          channel: "summit",
          location: "Singapore",
          sentences: [{ index: 0 }, { index: 2 }],
        },
        { articleId: 3, outlet: "B", published: "2018-06-12", reports: 3 },
      ),
      record({ date: "2018-06-12" }, { articleId: 4, outlet: "B", published: "2018-06-13" }),
    ]);
    expect(summary).toMatchObject({
      date: "2018-06-12",
      datePrecision: "day",
      historical: false,
      channel: "summit",
      location: "Singapore",
      numMentions: 4,
      numArticles: 3,
      numOutlets: 2,
      numReports: 5,
      firstSeen: "2018-06-12",
      lastSeen: "2025-06-12",
    });
  });
});

describe("deriveMergedStatus", () => {
  const key = mergeKeyOf(codedEvent());
  const status = (...sentences: EventSpec["sentences"][]) =>
    deriveMergedStatus(
      sentences.map((s, i) => record({ sentences: s }, { outlet: `O${i}` })),
      key,
    );

  it("is unconfirmed when the other side declines to confirm a one-sided claim", () => {
    expect(
      status([{ index: 0, reporter: "PRKMED" }], [{ index: 1, reporter: "USAGOV", status: "unconfirmed" }]),
    ).toEqual({
      status: "unconfirmed",
      confirmedBy: [],
      deniedBy: [],
      unconfirmedBy: ["USA"],
    });
  });

  it("places an unattributed 'did not confirm' on the side that made no claim", () => {
    expect(
      status([
        { index: 0, reporter: "PRKMED" },
        { index: 1, status: "unconfirmed" },
      ]).unconfirmedBy,
    ).toEqual(["USA"]);
  });

  it("is denied only when the accused side denies", () => {
    expect(
      status([{ index: 0, reporter: "USAGOV" }], [{ index: 0, reporter: "PRKGOV", status: "denied" }]).status,
    ).toBe("denied");
    expect(
      status([{ index: 0, reporter: "PRKMED" }], [{ index: 0, reporter: "USAGOV", status: "denied" }]).status,
    ).toBe("unconfirmed");
  });

  it("is confirmed by an explicit confirmation, by both sides, or by two independent outlets in their own voice", () => {
    expect(
      status([{ index: 0, reporter: "PRKMED" }], [{ index: 0, reporter: "USAGOV", status: "confirmed" }])
        .status,
    ).toBe("confirmed");
    expect(status([{ index: 0, reporter: "PRKMED" }], [{ index: 0, reporter: "USAGOV" }]).status).toBe(
      "confirmed",
    );
    expect(status([{ index: 0 }], [{ index: 0 }]).status).toBe("confirmed");
    expect(status([{ index: 0 }]).status).toBe("asserted");
    expect(
      status([{ index: 0 }], [{ index: 0 }], [{ index: 1, reporter: "USAGOV", status: "unconfirmed" }])
        .status,
    ).toBe("unconfirmed");
  });
});

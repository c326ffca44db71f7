/** The dialogue state from merged events. */
import { describe, expect, it } from "vitest";
import { dialogueState } from "../../src/analytics/dialogue-state.js";
import type { MergedEvent } from "../../src/store/store.js";

let id = 0;
const event = (fields: Partial<MergedEvent> & Pick<MergedEvent, "date">): MergedEvent => ({
  id: ++id,
  uid: `u${id}`,
  type: "CONSULT",
  cameo: "040",
  cameoRoot: "04",
  mode: null,
  context: null,
  sourceCode: `${fields.sourceCountry ?? "USA"}GOV`,
  sourceCountry: "USA",
  targetCode: `${fields.targetCountry ?? "PRK"}GOV`,
  targetCountry: "PRK",
  datePrecision: "day",
  historical: false,
  negated: false,
  modality: "actual",
  channel: null,
  location: null,
  goldstein: 1,
  quadClass: 1,
  status: "asserted",
  numMentions: 1,
  numArticles: 1,
  numOutlets: 1,
  numReports: 1,
  firstSeen: fields.date,
  lastSeen: fields.date,
  reporters: [],
  unconfirmedBy: [],
  confirmedBy: [],
  deniedBy: [],
  confidence: 0.8,
  evidence: "",
  ...fields,
});

describe("dialogueState", () => {
  const singapore = event({
    date: "2018-06-12",
    channel: "summit",
    location: "Singapore",
    lastSeen: "2025-06-12",
    status: "confirmed",
  });
  const hanoi = event({
    date: "2019-02-28",
    channel: "summit",
    location: "Hanoi",
    sourceCountry: "PRK",
    targetCountry: "USA",
  });
  const letter = event({ date: "2019-06-23", channel: "letter" });
  const refused = event({
    date: "2025-06-11",
    type: "REJECT",
    cameo: "125",
    cameoRoot: "12",
    channel: "letter",
    sourceCountry: "PRK",
    targetCountry: "USA",
    goldstein: -5,
    quadClass: 3,
    status: "unconfirmed",
    reporters: [{ code: "PRKMED", text: "North Korean state media" }],
    unconfirmedBy: ["USA"],
  });
  const offer = event({ date: "2025-06-12", type: "AGREE", cameo: "036", cameoRoot: "03", goldstein: 4 });
  const oldOffer = event({
    date: "2019-06-01",
    type: "AGREE",
    cameo: "036",
    cameoRoot: "03",
    sourceCountry: "PRK",
    targetCountry: "USA",
  });
  const notMet = event({ date: "2025-07-01", channel: "meeting", negated: true });
  const all = [offer, refused, letter, hanoi, singapore, oldOffer, notMet];
  const totals = all
    .filter((e) => !e.negated)
    .map((e) => ({ day: e.date, quadClass: e.quadClass, count: 1, goldsteinSum: e.goldstein }));
  const state = dialogueState(all, ["usa", "prk"], totals);

  it("gives each channel's last contact in each direction", () => {
    const letters = state.channels.find((c) => c.channel === "letter")!;
    expect(letters.forward?.date).toBe("2019-06-23");
    expect(letters.backward).toMatchObject({
      date: "2025-06-11",
      type: "REJECT",
      status: "unconfirmed",
      claimedBy: ["PRKMED"],
      unconfirmedBy: ["USA"],
    });
    expect(state.channels.find((c) => c.channel === "meeting")).toMatchObject({
      forward: null,
      backward: null,
    });
    expect(state.channels.map((c) => c.channel)).toEqual([
      "letter",
      "call",
      "meeting",
      "summit",
      "envoy",
      "statement",
    ]);
  });

  it("names the last summit and the summit later reports recall", () => {
    expect(state.lastSummit).toMatchObject({ date: "2019-02-28", location: "Hanoi" });
    expect(state.recalledSummit).toMatchObject({
      date: "2018-06-12",
      location: "Singapore",
      lastSeen: "2025-06-12",
    });
  });

  it("lists offers without a later answer and rejected overtures", () => {
    expect(state.unansweredOffers.map((o) => o.date)).toEqual(["2025-06-12"]);
    expect(state.rejectedOvertures.map((o) => o.date)).toEqual(["2025-06-11"]);
  });

  it("labels the trend from the last 180 days against the 180 before", () => {
    expect(state.trend).toMatchObject({
      label: "mixed",
      recentMean: -0.5,
      direction: "unknown",
      until: "2025-06-12",
      events: 2,
    });
    expect(dialogueState([], ["USA", "PRK"], []).trend.label).toBe("no data");
  });
});

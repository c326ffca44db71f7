/**
 * Golden sentences on reporting and status frames in wire prose: the speaker's next act after a
 * reported clause (", and accused Manila of provocation") is the speaker's; a subject no actor
 * names ("Reports said …") leaves the actor after the verb inside the report; a later denial
 * settles what "could not be verified" left open; a party that declines to comment leaves its own
 * act unconfirmed. Our own sentences, not the gold sets.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";
import { renderEvent } from "./render-event.js";

const cases: readonly Golden[] = [
  {
    text: "Chinese officials said the Philippine vessel had rammed a coast guard ship, and accused Manila of provocation.",
    expect: ["ACCUSE CHN>PHL"],
    absent: ["ACCUSE PHL>-"],
  },
  {
    text: "The Philippine coast guard said Chinese vessels had fired water cannon at its boat, and accused Beijing of harassment.",
    expect: ["ACCUSE PHL>CHN"],
  },
  {
    text: "On Tuesday, Seoul said North Korea had fired two ballistic missiles, and urged Pyongyang to stop its provocations.",
    expect: ["REQUEST KOR>PRK"],
    absent: ["REQUEST PRK>-"],
  },
  {
    text: "Iran said the new sanctions violated its sovereignty and vowed to make Washington pay a heavy price.",
    expect: ["THREATEN IRN>USA"],
  },
  {
    text: "Seoul said North Korea fired two missiles and threatened further tests.",
    expect: ["THREATEN PRK>-"],
    absent: ["THREATEN KOR>-"],
  },
  {
    text: "Japanese Prime Minister Shigeru Ishiba told reporters Japan and China had agreed to resume talks.",
    date: "2025-03-10",
    expect: ["AGREE JPN>CHN", "AGREE CHN>JPN"],
    exact: true,
  },
  {
    text: "Ishiba told reporters the two sides agreed to build a stable relationship.",
    expect: [],
    exact: true,
  },
  {
    text: "Reports said Israel and Syria had held secret talks in Baku.",
    expect: ["CONSULT ISR>SYR", "CONSULT SYR>ISR"],
  },
];

runGoldenCases("golden sentences: speakers' next acts and nameless reporters", cases);

/** Short articles, with an event ("TYPE SRC>TGT", or its start) and the status it must end with. */
const articles: readonly { name: string; text: string; event: string; status: string }[] = [
  {
    name: "a later denial settles an unverified claim",
    text: "Russia said its forces had captured the village of Novoselivka. The claim could not be independently verified. Ukraine denied the report.",
    event: "ASSAULT RUS",
    status: "denied",
  },
  {
    name: "a party declining to comment leaves its talks unconfirmed",
    text: "Iran and Saudi Arabia held secret talks in Baghdad, according to Iraqi officials. Tehran declined to comment.",
    event: "CONSULT IRN>SAU",
    status: "unconfirmed",
  },
  {
    name: "a party declining to comment on the report leaves its talks unconfirmed",
    text: "Iran and Saudi Arabia held secret talks in Baghdad, according to Iraqi officials. Tehran declined to comment on the report.",
    event: "CONSULT IRN>SAU",
    status: "unconfirmed",
  },
  {
    name: "silence on another's remarks leaves one's own act as told",
    text: "Venezuela agreed to resume talks with the opposition in Barbados. Caracas did not comment on Rubio's remarks.",
    event: "AGREE VEN",
    status: "asserted",
  },
  {
    name: "the target's silence leaves an offer as told",
    text: "South Korea said it remained open to dialogue with the North. Pyongyang has not commented on the report.",
    event: "AGREE KOR>PRK",
    status: "asserted",
  },
  {
    name: "a third party's silence leaves the talks as told",
    text: "Iran and Saudi Arabia held secret talks in Baghdad, according to Iraqi officials. Washington declined to comment.",
    event: "CONSULT IRN>SAU",
    status: "asserted",
  },
];

describe("golden articles: status frames over diplomacy", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });
  for (const a of articles) {
    it(a.name, () => {
      const got = coder
        .code({ text: a.text, date: "2025-06-12" })
        .events.map((e) => `${renderEvent(e)} ${e.attribution?.status ?? "asserted"}`);
      expect(got.some((e) => e.startsWith(a.event) && e.endsWith(` ${a.status}`))).toBe(true);
    });
  }
});

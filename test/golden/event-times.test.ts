/**
 * Golden tests for when events happened: whole sentences through the bundled coder, each event
 * given as "TYPE SRC>TGT" (country parts, "~" historical) with the date and precision it must carry.
 * Our own sentences, in reports dated 2025.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { renderEvent } from "./render-event.js";

interface TimedGolden {
  readonly text: string;
  readonly date?: string;
  readonly why: string;
  /** "TYPE SRC>TGT @date/precision"; every listed event must be coded so. */
  readonly expect: readonly string[];
}

const cases: readonly TimedGolden[] = [
  {
    text: "Parliament passed the law last week after Israeli strikes on Iranian nuclear sites in May.",
    why: "a date before the 'after' that opens an event noun's phrase dates what followed the event",
    expect: ["ASSAULT ISR>IRN @2025-05-01/month"],
  },
  {
    text: "North Korea has demanded that Washington abandon its hostile policy before any repeat of the 2018 Singapore summit.",
    why: "a year written before a noun dates that noun alone, not the verbs around it",
    expect: ["REQUEST PRK>USA @2025-06-12/day", "?CONCEDE USA>- @2025-06-12/day"],
  },
  {
    text: "North Korea criticised the 2018 agreement.",
    why: "criticising a past agreement is a current act",
    expect: ["ACCUSE PRK>- @2025-06-12/day"],
  },
  {
    text: "Pyongyang has not responded to offers of talks since the US-North Korea summit collapsed in February 2019.",
    why: "the event noun is the subject of the verb that carries the date",
    expect: ["~CONSULT USA>PRK @2019-02-01/month", "~CONSULT PRK>USA @2019-02-01/month"],
  },
  {
    text: "Russia said on Tuesday that Ukrainian drones had attacked an oil refinery the previous day.",
    why: "an accusation is made when its reporting verb says, not when the act it alleges was",
    expect: ["ACCUSE RUS>UKR @2025-06-10/day"],
  },
  {
    text: "Kim and Putin held talks, their first meeting since 2019.",
    why: "'since 2019' opens a span reaching the report; it does not date the talks",
    expect: ["CONSULT PRK>RUS @2025-06-12/day", "CONSULT RUS>PRK @2025-06-12/day"],
  },
  {
    text: "Russia has attacked Ukraine repeatedly since 2022.",
    why: "what has gone on since a year is not dated to that year",
    expect: ["ASSAULT RUS>UKR @2025-06-12/day"],
  },
  {
    text: "Since the collapse of talks in 2019, North Korea has tested dozens of missiles.",
    why: "a date inside an opening 'since' phrase dates that phrase alone",
    expect: ["MOBILIZE PRK>- @2025-06-12/day"],
  },
  {
    // An unnamed head of state takes no country from the state his verb acts on: the actor is named.
    text: "The former Ukrainian president criticised the government in Kyiv.",
    why: "'former' belongs to the actor, not to the act: the criticism is news",
    expect: ["ACCUSE UKR>UKR @2025-06-12/day"],
  },
  {
    text: "Iran and the United States held previous rounds of talks in Oman.",
    why: "'previous' before the event noun makes it historical",
    expect: ["~CONSULT IRN>USA @2025-01-01/year"],
  },
  {
    text: "Israel, which captured the Golan Heights in 1967, rejected the Syrian offer on Sunday.",
    why: "a date in a relative clause dates that clause's verb alone",
    expect: ["~ASSAULT ISR>SYR @1967-01-01/year", "REJECT ISR>SYR @2025-06-08/day"],
  },
  {
    text: "The United States imposed sanctions on Cuba in the 1960s.",
    why: "a decade dates an event to the decade, historical",
    expect: ["~SANCTION USA>CUB @1960-01-01/decade"],
  },
  {
    text: "Japan refused to pay compensation to South Korea in the 1990s.",
    why: "a past date after an infinitive dates the verb that governs it too",
    expect: ["~REJECT JPN>KOR @1990-01-01/decade"],
  },
  {
    text: "Iran threatened to close the Strait of Hormuz in 2019.",
    why: "a threat recalled with its year is historical",
    expect: ["~THREATEN IRN>- @2019-01-01/year"],
  },
  {
    text: "Kim recalled the summit with Trump, which took place in Singapore in 2018.",
    why: "the date of a relative clause dates the event noun it describes",
    expect: ["~CONSULT PRK>USA @2018-01-01/year"],
  },
  {
    text: "Russia annexed Crimea a decade ago.",
    why: "'a decade ago' dates to the decade, historical",
    expect: ["~ASSAULT RUS>UKR @2010-01-01/decade"],
  },
  {
    text: "Egypt hosted ceasefire talks on the 15th.",
    date: "2025-06-20",
    why: "a day of the month named alone is that day of the article's month",
    expect: ["CONSULT EGY>- @2025-06-15/day"],
  },
  {
    text: "Italy suspended flights to Serbia on Wednesday, one day after a Serbian army jet shot down a helicopter.",
    why: "'one day after' dates the narrated event a day before the main clause's date",
    expect: ["SANCTION ITA>SRB @2025-06-11/day", "ASSAULT SRB>- @2025-06-10/day"],
  },
  {
    text: "Two days after Israeli jets struck Gaza, Hamas fired rockets at Tel Aviv.",
    why: "an opening 'two days after' clause counts back from the main clause (here the article date)",
    expect: ["ASSAULT ISR>PSE @2025-06-10/day", "ASSAULT PSE>ISR @2025-06-12/day"],
  },
  {
    text: "Russia shelled Kharkiv hours after Ukraine attacked a Russian airbase on Sunday.",
    why: "a date of the narrated clause's own wins over the count",
    expect: ["ASSAULT UKR>RUS @2025-06-08/day", "ASSAULT RUS>UKR @2025-06-12/day"],
  },
  {
    text: "Serbia eased emergency measures on Wednesday in Montenegro, the scene of ethnic violence last March, as authorities in Croatia cracked down on Serbian nationalists.",
    why: "a date inside an apposition dates its own noun, not the next clause",
    expect: ["CONCEDE SRB>MNE @2025-06-11/day", "ASSAULT HRV>SRB @2025-06-11/day"],
  },
  {
    text: "Seoul and Tokyo signed an intelligence-sharing pact in 2016, which Seoul threatened to scrap in 2019.",
    why: "a date before a relative clause does not date the clause's own verb",
    expect: ["~THREATEN KOR>- @2019-01-01/year"],
  },
  {
    text: "The United States withdrew from the nuclear deal in 2018 and reimposed sanctions on Iran.",
    why: "the verb governing an event noun shares the date of its coordinated clause",
    expect: ["~SANCTION USA>IRN @2018-01-01/year"],
  },
  {
    text: "In a speech on Monday, Xi recalled that China had fought the United States in Korea seven decades ago.",
    why: "decades counted back date a recalled war to its decade",
    expect: ["~ASSAULT CHN>USA @1950-01-01/decade"],
  },
  {
    text: "Ten years after Russia annexed Crimea, Ukraine accused Moscow of new attacks.",
    why: "'ten years after' dates the narrated event ten years before the main clause, to the year",
    expect: ["~ASSAULT RUS>UKR @2015-01-01/year", "ACCUSE UKR>RUS @2025-06-12/day"],
  },
  {
    text: "Hamas fired rockets at Israel three months after Israeli troops raided Jenin.",
    why: "a count of months claims the month only",
    expect: ["COERCE ISR>PSE @2025-03-01/month"],
  },
  {
    text: "The talks resumed in 2019, a year after Trump met Kim in Singapore.",
    why: "a count from a main clause dated to a year",
    expect: ["~CONSULT USA>PRK @2018-01-01/year"],
  },
  {
    text: "Israeli jets struck Gaza the previous day, Palestinian officials said.",
    why: "'the previous day' with no other date is the day before the report",
    expect: ["ASSAULT ISR>PSE @2025-06-11/day"],
  },
  {
    text: "Hamas fired rockets at Israel on Monday and Israel struck Gaza the next day.",
    why: "'the next day' counts from the sentence's other date, and dates only its own clause",
    expect: ["ASSAULT PSE>ISR @2025-06-09/day", "ASSAULT ISR>PSE @2025-06-10/day"],
  },
  {
    text: "Trump, who met Kim three times in 2018 and 2019, said on Tuesday he would welcome another meeting.",
    why: "a relative clause's years date its own meetings, not the main clause",
    expect: ["~CONSULT USA>PRK @2018-01-01/year"],
  },
  {
    text: "Russia agreed to hold talks with Ukraine next month.",
    why: "a future date stays with the infinitive: the agreement is news",
    expect: ["AGREE RUS>UKR @2025-06-12/day"],
  },
  {
    text: "Russian drones attacked the port of Odesa on September 10.",
    date: "2025-03-12",
    why: "a month after the article date in a past sentence is last year's; the month May is no modal",
    expect: ["ASSAULT RUS>UKR @2024-09-10/day"],
  },
  {
    text: "India and Pakistan agreed a ceasefire on May 10.",
    date: "2025-03-12",
    why: "'May' the month does not make the sentence look ahead",
    expect: ["AGREE IND>PAK @2024-05-10/day"],
  },
  {
    text: "China held large-scale drills around Taiwan over the weekend.",
    date: "2025-03-12",
    why: "'over the weekend' is the week that holds it, not the article date",
    expect: ["MOBILIZE CHN>- @2025-03-03/week"],
  },
  {
    text: "Biden, who hosted Xi in California last year, will call him on Friday.",
    why: "a weekday in a clause that looks ahead is the coming one, and last year's visit stays its own event",
    expect: ["CONSULT USA>CHN @2024-01-01/year", "CONSULT USA>CHN @2025-06-13/day"],
  },
  {
    text: "Pompeo met Kim in Singapore on Monday and is due to travel to Pyongyang next month.",
    why: "a trip planned for next month is not the meeting held this week",
    expect: ["CONSULT USA>PRK @2025-07-01/month", "CONSULT USA>PRK @2025-06-09/day"],
  },
  {
    text: "The Armenian and Azerbaijani foreign ministers will meet in Abu Dhabi on Monday.",
    why: "a weekday in a clause that looks ahead is the coming one, not the last",
    expect: ["CONSULT ARM>AZE @2025-06-16/day"],
  },
  {
    text: "Hungary will veto the sanctions package, its foreign minister said on Monday.",
    why: "a weekday dating the report stays in the past, whatever the reported clause foresees",
    expect: ["REJECT HUN>- @2025-06-09/day"],
  },
  {
    text: "Kenya recalled its ambassador in March after Somalia expelled two Kenyan diplomats in February.",
    why: "each clause keeps its own date: the one across 'after' is the other clause's",
    expect: ["SANCTION KEN>- @2025-03-01/month", "SANCTION SOM>KEN @2025-02-01/month"],
  },
  {
    text: "North Korea test-fired two cruise missiles on Wednesday.",
    why: "a verb hyphened to its trigger ('test-fired') claims no date from it",
    expect: ["MOBILIZE PRK>- @2025-06-11/day"],
  },
];

const DATE = "2025-06-12";

describe("event times", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });

  for (const c of cases) {
    it(`${c.text} (${c.why})`, () => {
      const events = coder
        .code({ text: c.text, date: c.date ?? DATE })
        .events.map((e) => `${renderEvent(e)} @${e.date}/${e.datePrecision}`);
      for (const wanted of c.expect) {
        const [head, at] = wanted.split(" @") as [string, string];
        const prefix = head.endsWith(">-") ? head.slice(0, -1) : `${head} `;
        expect(
          events.filter((e) => e.startsWith(prefix) && e.endsWith(`@${at}`)),
          events.join(" | "),
        ).not.toEqual([]);
      }
    });
  }
});

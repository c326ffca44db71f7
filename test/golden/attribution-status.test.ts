/**
 * Golden tests for who says so and how sure the report is: multi-sentence reports through the
 * bundled coder, each checking an event's status and reporter. Our own sentences.
 */
import { runStatusCases, type StatusGolden } from "./status-runner.js";

const cases: readonly StatusGolden[] = [
  {
    text: "Russia and Ukraine exchanged prisoners on Saturday, the Russian defence ministry said. Kyiv confirmed the exchange.",
    why: "a confirmation naming the event in the next sentence confirms it",
    event: "RETREAT UKR>RUS",
    status: "confirmed",
    reporters: ["RUSMIL"],
  },
  {
    text: "The White House said Trump spoke with Putin by phone on Monday. The Kremlin confirmed the call.",
    why: "confirmation of a cooperative event, named by its object",
    event: "CONSULT USA>RUS",
    status: "confirmed",
    reporters: ["USAGOV"],
  },
  {
    text: "Serbia arrested a Kosovo police officer, Pristina said on Sunday. Belgrade did not respond to a request for comment.",
    why: "an unanswered request for comment leaves the claim unconfirmed",
    event: "COERCE SRB>-",
    status: "unconfirmed",
  },
  {
    text: "Hamas said it had fired rockets at Tel Aviv. There was no immediate comment from the Israeli military.",
    why: "'no immediate comment from X' leaves the claim unconfirmed",
    event: "ASSAULT PSE>ISR",
    status: "unconfirmed",
  },
  {
    text: "Iran proposed new talks with Washington. The United States denied the request.",
    why: "denying a request is a refusal, not a denial that the proposal was made",
    event: "AGREE IRN>USA",
    status: "asserted",
  },
  {
    text: "Ukraine said its drones attacked a Russian airbase overnight. Moscow denied the claim.",
    why: "a denial of the claim in the next sentence bears on the claimed attack",
    event: "ASSAULT UKR>RUS",
    status: "denied",
    reporters: ["UKR"],
  },
  {
    text: '"Russia attacked our cities again last night," Zelensky said in a video address.',
    why: "a closing attribution keeps its speaker though the tagger reads 'address' as a verb",
    event: "ASSAULT RUS>-",
    status: "asserted",
    reporters: ["UKRGOV"],
  },
  {
    text: "Venezuelan authorities arrested two Colombian soldiers near the border, state television reported.",
    why: "a state outlet named without its country is the state the sentence names first",
    event: "COERCE VEN>COL",
    status: "asserted",
    reporters: ["VENMED"],
  },
  {
    text: "Russian troops captured the village of Novopil, the Russian defence ministry said. The claim could not be independently verified.",
    why: "a passive 'could not be verified' with no one named still leaves the claim unconfirmed",
    event: "ASSAULT RUS>-",
    status: "unconfirmed",
    reporters: ["RUSMIL"],
  },
  {
    text: "The Kremlin neither confirmed nor denied that Putin had spoken with Trump.",
    why: "'neither confirmed nor denied' withholds both",
    event: "CONSULT RUS>USA",
    status: "unconfirmed",
  },
  {
    text: "Israeli jets struck a convoy in Syria, according to unconfirmed reports.",
    why: "a source that calls itself unconfirmed leaves the event unconfirmed",
    event: "ASSAULT ISR>SYR",
    status: "unconfirmed",
  },
  {
    text: "Trump spoke with Putin by phone on Monday, the White House said. The Kremlin did not confirm the call.",
    why: "a withheld confirmation that names its event bears on it, whatever its kind",
    event: "CONSULT USA>RUS",
    status: "unconfirmed",
    reporters: ["USAGOV"],
  },
];

runStatusCases("attribution status", cases);

/**
 * Golden sentences on reporters' requests ("did not respond to requests for comment"), which wire
 * copy is full of and which are no demand or refusal between actors. Our own sentences, not the
 * gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "The Chinese embassy in Manila did not respond to requests for comment.", expect: [], exact: true },
  { text: "The Kremlin ignored requests for comment on the report.", expect: [], exact: true },
  { text: "Iran's foreign ministry declined a request for an interview.", expect: [], exact: true },
  // A state's request is still one.
  { text: "Iran rejected a Saudi request for talks on the hajj.", expect: ["REJECT IRN>-"] },
  { text: "Ukraine requested more air defence systems from Germany.", expect: ["REQUEST UKR>DEU"] },
];

runGoldenCases("golden sentences: reporters' requests", cases);

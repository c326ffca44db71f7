/**
 * Golden sentences on ground taken: a capture or seizure of a town, a capital or a state named
 * alone after the verb holds territory (CAMEO 192), while a captured craft or weapons stay a
 * seizure. Our own sentences.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "M23 rebels captured Goma on Monday.", expect: ["ASSAULT COD>COD"], exact: true },
  { text: "Russian forces captured Avdiivka after months of fighting.", expect: ["ASSAULT RUS>UKR"] },
  {
    text: "Houthi rebels seized Sanaa.",
    expect: ["ASSAULT YEM>YEM"],
    exact: true,
    absent: ["COERCE YEM>YEM"],
  },
  {
    text: "Iran seized a British tanker in the Gulf.",
    expect: ["COERCE IRN>GBR"],
    absent: ["ASSAULT IRN>GBR"],
  },
];

runGoldenCases("towns and capitals taken", cases);

/**
 * Golden sentences on two actor gaps: defence makers that news names as sanctioned or struck
 * (Lockheed Martin, Skydio, Elbit Systems, Rostec) are their states' businesses, not the state a
 * later phrase names; and "military" that wink tags an adjective heads its subject after an owner
 * or an article ("Myanmar's military burned villages"). Our own sentences.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "China sanctioned Lockheed Martin over arms sales to Taiwan.",
    expect: ["SANCTION CHN>USA"],
    exact: true,
    absent: ["SANCTION CHN>TWN"],
  },
  { text: "China imposed sanctions on Skydio.", expect: ["SANCTION CHN>USA"], exact: true },
  { text: "Ukraine struck a Rostec plant in Bryansk.", expect: ["ASSAULT UKR>RUS"], exact: true },
  { text: "Myanmar's military burned villages in Sagaing.", expect: ["COERCE MMR>MMR"], exact: true },
  { text: "The military torched dozens of homes in Rakhine.", expect: ["COERCE MMR>MMR"], exact: true },
];

runGoldenCases("defence makers and the military as subject", cases);

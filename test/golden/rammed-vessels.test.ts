/**
 * Golden sentences on vessels rammed at sea: physical force against another state's ships
 * (CAMEO 190), though no weapon is fired. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "A Chinese coast guard ship rammed a Philippine patrol vessel near Sabina Shoal on Saturday, the Philippine coast guard said.",
    expect: ["ASSAULT CHN>PHL"],
    exact: true,
  },
  {
    text: "Russian warships rammed three Ukrainian navy boats near the Kerch Strait.",
    expect: ["ASSAULT RUS>UKR"],
  },
  { text: "A North Korean patrol boat rammed a South Korean fishing trawler.", expect: ["ASSAULT PRK>KOR"] },
  // Neither the animal nor a vehicle driven into a crowd.
  { text: "The ram was sacrificed at the festival in Kabul.", expect: [], exact: true },
  { text: "The truck rammed into the crowd in Nice.", expect: [], exact: true },
];

runGoldenCases("golden sentences: rammed vessels", cases);

/**
 * Golden sentences on attack nouns whose own predicate says they did not happen, or happened over
 * years: "an Israeli strike on Iran was unlikely", "a Russian attack seems increasingly likely" are
 * hypothetical; "Israeli strikes on Gaza have killed 40,000 people since October 2023" is a toll,
 * background, while a toll since Monday is news. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Analysts said a Turkish attack on Kurdish positions in Syria was unlikely this year.",
    expect: ["?ASSAULT TUR>SYR"],
    exact: true,
  },
  {
    text: "A Russian attack on NATO territory seems increasingly likely, the general said.",
    expect: ["?ASSAULT RUS>IGO"],
    exact: true,
  },
  { text: "Israeli strikes on Iran remain possible.", expect: ["?ASSAULT ISR>IRN"], exact: true },
  { text: "An Israeli ground offensive on Rafah is imminent, officials said.", expect: [], exact: true },
  // A guess at who did an attack leaves the attack done.
  {
    text: "The attack on the Indian convoy was likely carried out by Pakistani militants.",
    expect: ["ASSAULT PAK>IND"],
  },
  {
    text: "Saudi-led strikes on Yemen have killed thousands of civilians since 2015.",
    expect: ["~ASSAULT SAU>YEM"],
    exact: true,
  },
  {
    text: "Russian attacks on Ukraine's power grid have killed 12 people since Monday.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
];

runGoldenCases("golden sentences: attack nouns judged likely, and tolls over years", cases);

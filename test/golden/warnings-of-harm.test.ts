/**
 * Golden sentences on warnings: a warning threatens only when the warner names harm of its own
 * making ("warned of retaliation", "warned Ukraine of a massive attack"); warning of a crisis, an
 * outbreak or an attack on oneself foresees harm and threatens no one. Our own sentences, not the
 * gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The United Nations has warned of a worsening humanitarian crisis in Darfur.",
    expect: [],
    exact: true,
  },
  { text: "The World Health Organization warned of a cholera outbreak in Sudan.", expect: [], exact: true },
  {
    text: "Zelenskiy warned of a possible Russian attack on Kyiv.",
    expect: [],
    absent: ["THREATEN UKR>UKR", "THREATEN UKR>-"],
  },
  {
    text: "Taiwan's defence minister warned of a Chinese invasion of Taiwan within years.",
    expect: [],
    absent: ["THREATEN TWN>TWN", "THREATEN TWN>-"],
  },
  { text: "Moscow warned of retaliation if Finland joined NATO.", expect: ["THREATEN RUS>FIN"] },
  { text: "Russia warned Ukraine of a massive attack on Kyiv.", expect: ["THREATEN RUS>UKR"] },
  {
    text: "Washington warned of serious consequences if Pyongyang conducted a nuclear test.",
    expect: ["THREATEN USA>PRK"],
  },
  // Consequences the other side is told it will suffer are a threat by whoever tells it so.
  {
    text: "Tehran would pay a heavy price if it attacked Israeli ships, an Israeli minister warned.",
    expect: ["THREATEN ISR>IRN"],
  },
  {
    text: "The Kremlin said Finland would face consequences for joining NATO.",
    expect: ["THREATEN RUS>FIN"],
  },
  // A reply promised to others' drills is a threat to those who hold them.
  {
    text: "China said it would respond to the drills by Japan and the Philippines.",
    expect: ["THREATEN CHN>JPN", "THREATEN CHN>PHL"],
  },
  // Paying a price oneself is no threat, and an unvoiced forecast threatens no one.
  {
    text: "Ukraine would pay a heavy price for any delay, its foreign minister said.",
    expect: [],
    absent: ["THREATEN UKR>UKR"],
  },
  { text: "Germany will pay a higher price for gas next winter.", expect: [], exact: true },
  // A threat made at home keeps its target.
  {
    text: "President Abdelmadjid Tebboune threatened to impose a curfew in Algiers.",
    expect: ["THREATEN DZA>DZA"],
  },
  // Force one side warns the other "would be met with" is its threat, past a time phrase before "that".
  {
    text: "Trump warned on Tuesday that North Korea would be met with fire and fury.",
    expect: ["THREATEN USA>PRK"],
    exact: true,
  },
  {
    text: "Turkey warned that any Syrian incursion would be met with force.",
    expect: ["THREATEN TUR>SYR"],
  },
];

runGoldenCases("golden sentences: warnings of harm", cases);

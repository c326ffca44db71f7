/**
 * Golden sentences where an act is aimed at whoever fits a description ("any country that buys
 * Iranian oil"): the actor the description names is not the target, nor is the main clause's
 * subject the doer of what the description says. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Washington threatened sanctions against any country that buys Iranian oil.",
    expect: ["THREATEN USA>-"],
    exact: true,
  },
  {
    text: "Russia threatened to strike any country that supplies long-range missiles to Ukraine.",
    expect: ["THREATEN RUS>-"],
    exact: true,
  },
  {
    text: "China imposed sanctions on companies that sold weapons to Taiwan.",
    expect: ["SANCTION CHN>-"],
    exact: true,
  },
  {
    // Those who sell the arms are not Beijing.
    text: "Beijing threatened countermeasures against those who sell arms to Taiwan.",
    expect: ["THREATEN CHN>-"],
    exact: true,
  },
  {
    // The trigger's own noun: what the sanctions target is their target.
    text: "The United States imposed new sanctions that target Iran's oil exports.",
    expect: ["SANCTION USA>IRN"],
    exact: true,
  },
  {
    // Counted people whose clause says whose they are.
    text: "Germany expelled two diplomats who worked at the Russian embassy.",
    expect: ["SANCTION DEU>RUS"],
    exact: true,
  },
  {
    // Iran evades only in what would be punished; the helper is the one who lets it.
    text: "The United States said it would impose sanctions on anyone who helps Iran evade the oil embargo.",
    expect: ["THREATEN USA>-", "?REJECT IRN>-"],
    exact: true,
  },
  {
    text: "China helped Russia evade Western sanctions, the report said.",
    expect: ["REJECT RUS>-"],
  },
];

runGoldenCases("golden sentences: unnamed third parties", cases);

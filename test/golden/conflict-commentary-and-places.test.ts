/**
 * Golden sentences for conflict that is not news and for the places a subject's phrase is set in:
 * analysts' scenarios, conditions and fears are hypothetical, denied shelling is denied; "China's
 * military drills near Taiwan drew condemnation from Japan" condemns China, the place after "near"
 * being no subject. Our own sentences, not the gold sets.
 */
import { runGoldenCases } from "./golden-runner.js";

runGoldenCases("golden sentences: conflict commentary and places", [
  {
    text: "China's military drills near Taiwan drew condemnation from Japan.",
    expect: ["ACCUSE JPN>CHN", "MOBILIZE CHN>TWN"],
    exact: true,
  },
  {
    text: "Analysts say China could blockade Taiwan within days if it chose to.",
    expect: ["?ASSAULT CHN>TWN"],
    exact: true,
  },
  { text: "A Russian attack on NATO territory would trigger Article 5.", expect: [], exact: true },
  { text: "If Iran closes the Strait of Hormuz, oil prices will soar.", expect: [], exact: true },
  { text: "Diplomats fear that North Korea may conduct a nuclear test.", expect: [], exact: true },
  {
    text: "Russia could cut off gas supplies to Europe this winter, analysts warned.",
    expect: ["?SANCTION RUS>-"],
    exact: true,
  },
  { text: "Russia did not attack the convoy, the Kremlin said.", expect: ["!ASSAULT RUS>-"], exact: true },
  {
    text: "Fighting broke out between Armenian and Azerbaijani troops on the border.",
    expect: ["ASSAULT ARM>AZE", "ASSAULT AZE>ARM"],
    exact: true,
  },
  { text: "Experts warned that sanctions on Moscow may take years to bite.", expect: [], exact: true },
]);

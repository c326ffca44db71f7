/**
 * Golden sentences for atrocities "committed" (done, not promised), threats whose target is the
 * party their condition names (an international organisation too), retaliation declared on a
 * condition or against any hostile act (a reply to a proposal is none), and vessels rammed by
 * another state's craft. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Ethiopian troops committed atrocities in the Tigray region, investigators said.",
    expect: ["ASSAULT ETH>ETH"],
    absent: ["THREATEN ETH>ETH"],
  },
  {
    text: "Bosnian Serb forces committed genocide in Srebrenica in July 1995.",
    expect: ["~ASSAULT BIH>BIH"],
    absent: ["~THREATEN BIH>BIH"],
  },
  {
    text: "Germany committed to supplying more air defence systems to Ukraine.",
    expect: ["AGREE DEU>UKR"],
    absent: ["ASSAULT DEU>UKR"],
  },
  {
    text: "Belarus threatened to respond if NATO moved more troops to Poland.",
    expect: ["THREATEN BLR>IGO"],
  },
  {
    text: "Serbia threatened to walk out of the talks unless the EU changed its stance.",
    expect: ["THREATEN SRB>IGO"],
  },
  {
    text: "China will retaliate if the United States raises tariffs again, the commerce ministry said.",
    expect: ["THREATEN CHN>USA"],
  },
  {
    text: "Tehran warned it would respond decisively to any Israeli aggression.",
    expect: ["THREATEN IRN>ISR"],
  },
  {
    text: "Moscow will respond to the deployment of American missiles in Germany, the Kremlin said.",
    expect: ["THREATEN RUS>USA"],
  },
  {
    text: "France would respond to a Spanish proposal on fishing quotas next week.",
    expect: [],
    absent: ["THREATEN FRA>ESP"],
  },
  {
    text: "The health ministry would respond if contacted.",
    expect: [],
    exact: true,
  },
  {
    text: "A Chinese coast guard vessel rammed a Vietnamese fishing boat near the Paracel Islands.",
    expect: ["ASSAULT CHN>VNM"],
    exact: true,
  },
  {
    text: "A Philippine supply boat was rammed by a Chinese coast guard ship on Monday.",
    expect: ["ASSAULT CHN>PHL"],
    exact: true,
  },
];

runGoldenCases("committed acts, conditions and ramming", cases);

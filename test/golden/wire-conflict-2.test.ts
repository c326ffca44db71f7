/**
 * Golden sentences on conflict wire prose, second set: firing on troops (no dismissal), coming
 * under fire from armed men (no criticism), sanctions faced or imposed as asset freezes and
 * countermeasures, refusals inside a condition, ships seized in the passive, accusations of acts
 * done "deliberately", fighting between two sides, "in protest at" as a reason, vows to press on
 * with attacks, missiles fired from elsewhere, the party whose rules were violated, and commentary
 * that codes nothing. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Cambodian troops fired on Thai soldiers near the disputed border on Thursday, the Thai army said.",
    // The victim's army reports the attack: its accusation and the attack, as allegation-events codes it.
    expect: ["ASSAULT KHM>THA", "ACCUSE THA>KHM"],
    exact: true,
    absent: ["COERCE KHM>THA"],
  },
  {
    text: "Turkey fired around 200 army officers suspected of links to the coup plotters.",
    expect: ["COERCE TUR>TUR"],
  },
  {
    text: "Thai soldiers came under fire from Cambodian troops.",
    expect: ["ASSAULT KHM>THA"],
    exact: true,
  },
  {
    text: "A Philippine vessel came under attack from Chinese ships near Second Thomas Shoal.",
    expect: ["ASSAULT CHN>PHL"],
    exact: true,
  },
  {
    text: "A UN convoy came under fire from gunmen in North Kivu.",
    expect: ["ASSAULT COD>IGO"],
    exact: true,
  },
  {
    text: "Israel came under fire from the United Nations over the strike on the school.",
    expect: ["ACCUSE IGO>ISR"],
    exact: true,
  },
  {
    text: "Venezuela faces new sanctions from the United States.",
    expect: ["SANCTION USA>VEN"],
    exact: true,
  },
  {
    text: "Russia faces new EU sanctions over its war in Ukraine.",
    expect: ["SANCTION IGO>RUS"],
    exact: true,
  },
  {
    text: "Washington imposed an asset freeze and a travel ban on two Sudanese generals.",
    expect: ["SANCTION USA>SDN"],
    exact: true,
  },
  {
    text: "Iran will face sanctions if it fails to cooperate with the IAEA.",
    expect: [],
    exact: true,
  },
  {
    text: "A Greek-flagged tanker was reportedly seized by Iranian forces in the Gulf of Oman.",
    expect: ["COERCE IRN>GRC"],
    exact: true,
  },
  {
    text: "The tanker was seized by Iranian commandos on Friday.",
    expect: ["COERCE IRN>-"],
    exact: true,
    absent: ["COERCE IRN>IRN"],
  },
  {
    text: "Beijing accused Manila of deliberately ramming its vessel.",
    expect: ["ACCUSE CHN>PHL"],
    exact: true,
  },
  {
    text: "Kyiv accused Moscow of repeatedly shelling the Zaporizhzhia nuclear plant.",
    expect: ["ACCUSE UKR>RUS"],
    exact: true,
  },
  {
    text: "Fighting erupted between Tajik and Kyrgyz border guards.",
    expect: ["ASSAULT TJK>KGZ", "ASSAULT KGZ>TJK"],
    exact: true,
  },
  {
    text: "Clashes between Armenian and Azerbaijani forces left four soldiers dead.",
    expect: ["ASSAULT ARM>AZE", "ASSAULT AZE>ARM"],
    exact: true,
  },
  {
    text: "Fighting between Israel and Hezbollah has killed more than 300 people in Lebanon.",
    expect: ["ASSAULT ISR>LBN", "ASSAULT LBN>ISR"],
    exact: true,
  },
  {
    text: "Fighting corruption remains a priority, the president said.",
    expect: [],
    exact: true,
  },
  {
    text: "Fears of a wider war between Israel and Hezbollah have grown in recent weeks.",
    expect: [],
    exact: true,
  },
  {
    text: "Algeria withdrew its ambassador from Madrid in protest at Spain's shift on Western Sahara.",
    expect: ["SANCTION DZA>ESP"],
    exact: true,
  },
  {
    text: "Beijing announced countermeasures against nine US defence companies.",
    expect: ["SANCTION CHN>USA"],
    exact: true,
  },
  {
    text: "The Houthis have vowed to continue their attacks on shipping until Israel ends its war in Gaza.",
    expect: ["THREATEN YEM>-"],
    exact: true,
    absent: ["AGREE YEM>PSE"],
  },
  {
    text: "Russia vowed to press ahead with its offensive in the Donetsk region.",
    expect: ["THREATEN RUS>UKR"],
    exact: true,
  },
  {
    text: "Britain promised to continue military aid to war-torn Mozambique.",
    expect: ["AGREE GBR>MOZ"],
    exact: true,
  },
  {
    text: "Israel intercepted a missile fired from Lebanon on Tuesday.",
    expect: ["ASSAULT LBN>-"],
    absent: ["ASSAULT ISR>-", "ASSAULT ISR>LBN"],
  },
  {
    text: "South Korea called the launch a clear violation of UN Security Council resolutions.",
    expect: ["ACCUSE KOR>-"],
    exact: true,
    absent: ["ACCUSE KOR>IGO"],
  },
  {
    text: "Nigerian troops freed 20 Chinese workers abducted in Kaduna state.",
    expect: ["ASSAULT NGA>CHN"],
    absent: ["ASSAULT CHN>NGA"],
  },
  {
    text: "Russia forcibly deported thousands of Ukrainian children, a UN inquiry found.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Ukrainian children were forcibly deported to Russia, a UN inquiry found.",
    expect: [],
    absent: ["ASSAULT UKR>RUS"],
  },
  {
    text: "A Russian missile strike on a children's hospital in Kyiv killed two people.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Hundreds of Rohingya were killed in a drone attack by the Arakan Army.",
    expect: ["ASSAULT MMR>MMR"],
    exact: true,
  },
  {
    text: "Russia was expelled from the Council of Europe after its invasion of Ukraine.",
    expect: ["SANCTION IGO>RUS"],
    absent: ["COERCE IGO>RUS"],
  },
  {
    text: "Mali was suspended from ECOWAS after the coup.",
    expect: ["SANCTION IGO>MLI"],
    exact: true,
  },
  {
    text: "Two players were suspended from the team for doping.",
    expect: [],
    exact: true,
  },
  {
    // "preparing" declares the intent to sanction, which CAMEO codes as a threat of sanctions.
    text: "The United States is reportedly preparing sanctions against Georgian officials.",
    expect: ["THREATEN USA>GEO"],
    exact: true,
  },
  {
    text: "Washington is drawing up sanctions against Georgian officials.",
    expect: ["SANCTION USA>GEO"],
    exact: true,
  },
  {
    text: "France and the United States urged both sides to show restraint.",
    expect: ["REQUEST FRA>-", "REQUEST USA>-"],
    exact: true,
    absent: ["REQUEST FRA>USA", "REQUEST USA>FRA"],
  },
  {
    text: "Israel struck targets in southern Lebanon after Hezbollah fired drones at a base near Haifa.",
    expect: ["ASSAULT ISR>LBN", "ASSAULT LBN>ISR"],
    exact: true,
  },
  {
    text: "Georgian opposition supporters blocked the main avenue in Tbilisi.",
    expect: ["PROTEST GEO>GEO"],
    exact: true,
  },
  {
    text: "Analysts say the proxy war between Saudi Arabia and Iran has devastated Yemen.",
    expect: [],
    exact: true,
  },
  {
    text: "A blockade of Taiwan could cripple global supply chains, a think tank said.",
    expect: [],
    exact: true,
  },
  {
    text: "The sanctions will hurt ordinary Iranians, analysts said.",
    expect: [],
    exact: true,
  },
  {
    text: "Israel's war on Hamas entered its second year.",
    expect: [],
    exact: true,
  },
  // Whoever is punished "for" an act is the one said to have done it, past a number before them.
  {
    text: "The EU sanctioned four Belarusian firms for helping Russia's war effort.",
    expect: ["SANCTION IGO>BLR", "AID BLR>RUS"],
    absent: ["AID IGO>RUS"],
  },
];

runGoldenCases("golden sentences: conflict wire prose, second set", cases);

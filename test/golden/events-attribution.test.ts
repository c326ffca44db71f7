/**
 * Golden tests for event coding and attribution: whole sentences through the bundled coder, each
 * with every event a careful analyst codes ("TYPE SRC>TGT", country parts, "-" for no one; "~"
 * historical, "!" negated, "?" hypothetical). Our own sentences, not the gold sets; every case is exact.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { renderEvent } from "./render-event.js";

interface Golden {
  readonly text: string;
  readonly why: string;
  readonly expect: readonly string[];
}

const cases: readonly Golden[] = [
  {
    text: "According to aid workers in Nairobi, Ethiopian troops attacked a refugee camp.",
    why: "the place a leading source speaks from is neither where the act was nor whom it hit",
    expect: ["ASSAULT ETH>-"],
  },
  {
    text: "Iran threatened to close the Strait of Hormuz.",
    why: "a threat with no one named is not aimed at its own source",
    expect: ["THREATEN IRN>-"],
  },
  {
    text: "Russia claimed that Ukrainian forces attacked a village in Kursk.",
    why: "a claim of another's wrongdoing is coded as the accusation, not as the attack",
    expect: ["ACCUSE RUS>UKR"],
  },
  {
    text: "Burmese troops shelled ethnic rebels in Myanmar near the Thai border, Thai police said.",
    why: "police reporting fighting on their border accuse no one; the victim is not the reporter",
    expect: ["ASSAULT MMR>MMR"],
  },
  {
    text: "North Korean state media said Kim Jong Un refused to accept a letter from the South Korean president.",
    why: "the noun after a reporting verb opens the reported clause: 'refused' is no reduced passive",
    expect: ["REJECT PRK>KOR"],
  },
  {
    text: "Syria accepted a Russian proposal to hand over its chemical weapons.",
    why: "accepting a proposal is the acceptor's agreement with the proposer; the proposal came before",
    expect: ["AGREE SYR>RUS"],
  },
  {
    text: "The Palestinian president begged the United States for help in ending the siege.",
    why: "begging someone for help is an appeal for aid; the end asked for is not an act done",
    expect: ["null PSE>USA"],
  },
  {
    text: "Venezuela implored the United Nations to intervene.",
    why: "imploring is an appeal, not a demand",
    expect: ["null VEN>IGO"],
  },
  {
    text: "Pirates attacked a Greek tanker off Somalia on Tuesday.",
    why: "'off' a country after a noun places the attack at sea there; unnamed attackers take that place",
    expect: ["ASSAULT SOM>GRC"],
  },
  {
    text: "Chinese troops entered Indian territory in Ladakh last week.",
    why: "armed forces entering another's territory make an incursion",
    expect: ["ASSAULT CHN>IND"],
  },
  {
    text: "Azerbaijan returned 17 Armenian prisoners of war.",
    why: "returning prisoners releases them",
    expect: ["RETREAT AZE>ARM"],
  },
  {
    text: "China demanded that the United States stop arms sales to Taiwan.",
    why: "the act of a mandative 'that' clause is asked for, not done",
    expect: ["REQUEST CHN>USA", "?SANCTION USA>TWN"],
  },
  {
    text: "Beijing said it had expelled Philippine vessels that entered Chinese waters.",
    why: "a restrictive relative clause has the noun it hangs on as its subject",
    expect: ["COERCE CHN>PHL", "REJECT PHL>CHN"],
  },
  {
    text: "Iran will not negotiate with the United States under pressure.",
    why: "a refusal of talks is one side's act, not both sides' as talks are",
    expect: ["REJECT IRN>USA"],
  },
  {
    text: "Putin promised Lukashenko to supply Belarus with nuclear-capable missiles.",
    why: "the one promised to is told of the act; the promiser declares it",
    expect: ["AGREE RUS>BLR"],
  },
  {
    text: "The Kremlin dismissed Western claims that Russia plans to invade Ukraine.",
    why: "a pattern's gap stops at 'that'; denying a claim rejects no proposal, and the claim is denied",
    expect: ["THREATEN RUS>UKR"],
  },
  {
    text: "The Kremlin accused Ukraine of attacking an oil refinery with drones.",
    why: "the act one side accuses another of is the accusation's content",
    expect: ["ACCUSE RUS>UKR"],
  },
  {
    text: "Russia is suspected of poisoning a former spy in Britain.",
    why: "an act someone is suspected of is reported as asserted, with the suspect as its source",
    expect: ["ASSAULT RUS>GBR"],
  },
  {
    text: "China warned that it would take strong measures if Japan releases treated water into the sea.",
    why: "warning of measures to be taken is a threat, aimed at whoever its condition names",
    expect: ["THREATEN CHN>JPN"],
  },
  {
    text: "Russia deployed tactical nuclear weapons to Belarus.",
    why: "stationing nuclear weapons is a show of military force",
    expect: ["MOBILIZE RUS>BLR"],
  },
  {
    text: "Japan is considering imposing sanctions on Russia.",
    why: "an act being considered is not done",
    expect: ["?SANCTION JPN>RUS"],
  },
  {
    text: "Germany is expected to send tanks to Ukraine.",
    why: "an act expected of someone is not done",
    expect: ["?AID DEU>UKR"],
  },
  {
    text: "Iran denied supplying weapons to Houthi rebels in Yemen.",
    why: "a gerund after a verb of denial is the denier's own act, coded with its denial",
    expect: ["AID IRN>YEM"],
  },
  {
    text: "North Korea test-fired a new solid-fuel intercontinental ballistic missile.",
    why: "a noun hyphened to the verb ('test-fired') does not stop its subject; test-firing is a show of force",
    expect: ["MOBILIZE PRK>-"],
  },
  {
    text: "Hungary vowed to veto EU aid to Ukraine.",
    why: "a pattern's gap does not swallow an infinitive that is an act of the opposite kind: a vow to veto, no pledge of aid",
    expect: ["REJECT HUN>IGO"],
  },
  {
    text: "Tehran could close the Strait of Hormuz, an Iranian commander warned.",
    why: "harm its own side warns it may do is a threat, however the warning hedges it",
    expect: ["THREATEN IRN>-"],
  },
  {
    text: "Kyiv warned that Russia could attack the power grid this winter.",
    why: "a warning about another's act is no threat by the one warned about",
    expect: ["?ASSAULT RUS>-"],
  },
  {
    text: "The World Food Programme delivered food to besieged areas of Sudan.",
    why: "a participle describing a noun ('besieged areas') is no act of the clause's subject",
    expect: ["AID IGO>SDN"],
  },
  {
    text: "Sudan and Chad reestablished diplomatic ties.",
    why: "re-establishing ties restores relations, both ways",
    expect: ["SUPPORT SDN>TCD", "SUPPORT TCD>SDN"],
  },
  {
    text: "Lithuania blocked rail transit to Kaliningrad.",
    why: "blocking transit restricts trade",
    expect: ["SANCTION LTU>RUS"],
  },
  {
    text: "A car bomb exploded near the Turkish embassy in Somalia.",
    why: "a bomb that went off by an embassy targets it; with no bomber named, the place is the implied source",
    expect: ["ASSAULT SOM>TUR"],
  },
  {
    text: "Kim Jong Un told Putin that North Korea would always stand with Russia.",
    why: "a declared stand with someone is a pledge of support",
    expect: ["AGREE PRK>RUS"],
  },
  {
    text: "China has yet to condemn the Russian invasion.",
    why: "'has yet to' denies the act",
    expect: ["!ACCUSE CHN>RUS"],
  },
  {
    text: "Pakistan has neither signed nor ratified the treaty.",
    why: "'neither … nor' denies the verb",
    expect: ["!SUPPORT PAK>-"],
  },
  {
    text: "Seoul neither condemned nor praised the launch.",
    why: "'neither … nor' denies the verb after 'nor' as well as the one after 'neither'",
    expect: ["!ACCUSE KOR>-", "!SUPPORT KOR>-"],
  },
  {
    text: "Japan did not sign the treaty, nor did it ratify the protocol.",
    why: "'nor' opening a verb group denies its verb",
    expect: ["!SUPPORT JPN>-"],
  },
  {
    text: "Iran stopped short of blaming Israel for the explosion.",
    why: "'stopped short of' denies the act",
    expect: ["!ACCUSE IRN>ISR"],
  },
  {
    text: "Germany ruled out sending troops to Ukraine.",
    why: "the act a rejection rules out is not done",
    expect: ["REJECT DEU>UKR"],
  },
  {
    text: "Ukrainian troops repelled a Russian assault on Avdiivka.",
    why: "repelling an attack is fighting its owner",
    expect: ["ASSAULT UKR>RUS"],
  },
  {
    text: "Niger's junta revoked military agreements with France.",
    why: "revoking an agreement withdraws from it",
    expect: ["REJECT NER>FRA"],
  },
  {
    text: "Azerbaijan closed the Lachin corridor.",
    why: "closing a corridor restricts movement, a blockade",
    expect: ["ASSAULT AZE>-"],
  },
  {
    text: "Iran hanged a man convicted of spying for Israel.",
    why: "hanging someone is an execution",
    expect: ["ASSAULT IRN>-"],
  },
  {
    text: "Ukraine called on its allies to supply more artillery shells.",
    why: "an addressee named by a noun ('its allies') is not the caller's own state",
    expect: ["REQUEST UKR>-"],
  },
  {
    text: "Seoul is set to host a summit with Tokyo and Beijing.",
    why: "a scheduled act is a narrated future, not one done",
    expect: ["CONSULT KOR>JPN", "CONSULT KOR>CHN"],
  },
  {
    text: "Taiwan would respond to any blockade by China, its defence minister said.",
    why: "an act after 'any' is hypothetical",
    expect: ["?ASSAULT CHN>-"],
  },
  {
    text: "Turkey pledged not to attack Kurdish forces.",
    why: "a pledge to refrain from harm is a pledge, not a denied attack",
    expect: ["AGREE TUR>-"],
  },
  {
    text: "Russia promised not to expel American diplomats.",
    why: "a pledge to refrain from harm is a pledge, aimed at the one spared",
    expect: ["AGREE RUS>USA"],
  },
  {
    text: "Hezbollah, which is backed by Iran, fired rockets at northern Israel.",
    why: "after a closed relative clause a participle before a noun is the main verb",
    expect: ["SUPPORT IRN>LBN", "ASSAULT LBN>ISR"],
  },
  {
    text: "Egypt called for restraint.",
    why: "a state named alone does not make demands of itself",
    expect: ["REQUEST EGY>-"],
  },
  {
    text: "The attack was carried out by Russian forces, Ukrainian officials said.",
    why: "the agent of 'the attack was carried out by' is the attacker",
    expect: ["ASSAULT RUS>-"],
  },
  {
    text: "The United States and Britain launched strikes against Houthi targets in Yemen.",
    why: "strikes launched against military targets are force",
    expect: ["ASSAULT USA>YEM", "ASSAULT GBR>YEM"],
  },
  {
    text: "Tehran would retaliate against Israel.",
    why: "a declared retaliation is a threat",
    expect: ["THREATEN IRN>ISR"],
  },
  {
    text: "A Chinese national was arrested in Taiwan on spying charges.",
    why: "an arrest with no one named is made by the authorities of the place",
    expect: ["COERCE TWN>CHN"],
  },
  {
    text: "Protesters burned a Quran outside the Turkish embassy in Stockholm.",
    why: "burning a holy book outside an embassy is a protest against its state",
    expect: ["PROTEST SWE>TUR"],
  },
  {
    text: "North Korea is suspected of launching a cyberattack on South Korean banks.",
    why: "an act someone is suspected of, with no accuser named, is asserted with the suspect as source; a cyberattack coerces",
    expect: ["COERCE PRK>KOR"],
  },
  {
    text: "North Korea is thought to have supplied artillery shells to Russia.",
    why: "an act a passive of belief holds stays coded with its doer as source (hedged 'thought')",
    expect: ["AID PRK>RUS"],
  },
];

describe("golden events and attribution", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });

  for (const c of cases) {
    it(`${c.text} (${c.why})`, () => {
      const events = coder.code({ text: c.text, date: "2024-05-15" }).events.map(renderEvent);
      expect([...events].sort()).toEqual([...c.expect].sort());
    });
  }
});

/**
 * Golden coreference tests: short reports through the bundled coder, with what each pronoun,
 * description ("the bloc") and group phrase ("the two sides") should stand for, as mentions
 * "text=CODE", and the events that follow from them. Our own sentences.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { renderFullCodes } from "./render-event.js";

interface MentionCase {
  readonly text: string;
  readonly date?: string;
  /** "mention text=CODE" (a group as "CODE+CODE"), each present in the article's resolved mentions. */
  readonly expect?: readonly string[];
  /** "mention text=CODE" pairs that must not be there. */
  readonly never?: readonly string[];
}

const cases: readonly MentionCase[] = [
  {
    // The pair the report is about, not the state that commented in between.
    text: "The Chinese president met his Brazilian counterpart in Beijing on Friday. Argentina praised the meeting. The two leaders signed a trade pact.",
    expect: ["The two leaders=CHNGOV+BRAGOV"],
    never: ["The two leaders=BRA+ARG"],
  },
  {
    text: "Armenia and Azerbaijan held talks in Washington. Russia criticised the venue. Both sides agreed to meet again next month.",
    expect: ["Both sides=ARM+AZE"],
  },
  {
    // State media report on the pair and are no side of it.
    text: "Iranian state media said the foreign ministers of Iran and Saudi Arabia met in Beijing. The two foreign ministers agreed to reopen embassies.",
    expect: ["The two foreign ministers=IRNGOV+SAUGOV"],
  },
  {
    // An object pronoun is not its own clause's subject.
    text: "Hundreds of students marched on parliament in Nairobi. Riot police fired tear gas to scatter them.",
    expect: ["them=KENEDU"],
    never: ["them=KENCOP"],
  },
  {
    // The speaker, not the reported subject, owns "his" in what he reports.
    text: "Erdogan said Netanyahu would answer for trying to humiliate his nation.",
    date: "2024-06-01",
    expect: ["his=TURGOV"],
    never: ["his=ISRGOV"],
  },
  {
    // A leading "he" continues the last sentence's subject; "him" is not whom "he" stands for.
    text: "Polish President Andrzej Duda met NATO chief Jens Stoltenberg in Warsaw. He told him Poland would raise defence spending.",
    date: "2023-02-01",
    expect: ["He=POLGOV"],
    never: ["him=POLGOV"],
  },
  {
    // What one receives is someone else's; one's own term or counterpart is the subject's.
    text: "Biden wrote to Xi Jinping last week. Xi accepted his invitation to a summit.",
    date: "2023-10-01",
    expect: ["his=USAGOV"],
  },
  {
    text: "Modi met Xi Jinping in Kazan. He said his government wanted stable ties.",
    date: "2024-10-23",
    expect: ["his government=INDGOV"],
  },
  {
    // "…, it said.": the source the sentence before named first, not the target of its strikes.
    text: "The Pentagon said US jets struck Houthi targets in Yemen. The strikes destroyed radar sites, it said.",
    expect: ["it=USAMIL"],
    never: ["it=YEMREB"],
  },
  {
    // "it" as the object of a verb is a claim or a move; "said it would" is still the speaker.
    text: "Ukraine said Belarus had massed troops on the border. Minsk denied it.",
    never: ["it=BLRGOV"],
  },
  {
    text: "The African Union's mediation council suspended Mali. The council said it would review the decision in June.",
    expect: ["it=IGOAFU"],
    never: ["it=MLI"],
  },
  {
    // The pair of the sentences before, not one the sentence itself names in passing.
    text: "Xi Jinping met Joe Biden in California. Biden said he would keep US-Philippine patrols going while the two sides talked.",
    date: "2023-11-16",
    expect: ["the two sides=CHNGOV+USAGOV"],
  },
  {
    text: "Putin hosted Kim Jong Un in Vostochny, where the two toured a launch site.",
    date: "2023-09-13",
    expect: ["the two=RUSGOV+PRKGOV"],
  },
  {
    // A state body opening a sentence is the state of the last sentence's subject, not of an object
    // its own sentence names.
    text: "Ankara recalled its ambassador from Stockholm. The foreign ministry said it objected to Sweden's support for Kurdish groups.",
    expect: ["foreign ministry=TURGOV", "it=TURGOV"],
    never: ["foreign ministry=SWEGOV"],
  },
  {
    text: "Gunmen abducted 20 villagers in central Mali. The army said its units were searching for them.",
    expect: ["army=MLIMIL"],
  },
  {
    // "accused her of" is an object, and "the government" is no "she".
    text: "Belarusian opposition leader Sviatlana Tsikhanouskaya called for new elections. The government accused her of treason.",
    date: "2021-03-01",
    expect: ["government=BLRGOV", "her=BLROPP"],
    never: ["her=BLRGOV"],
  },
  {
    // The pair named by "between" is the one "both sides" means, not the mediators.
    text: "Turkey and the UN brokered talks between Russia and Ukraine in Istanbul. The mediators said both sides had agreed on grain exports.",
    date: "2022-07-20",
    expect: ["both sides=RUS+UKR"],
    never: ["mediators=TURGOV"],
  },
  {
    // A plural head noun ends its phrase: "rescued" (tagged a noun) begins the next.
    text: "Nigerian troops rescued 50 schoolchildren kidnapped by bandits in Kaduna state.",
    expect: ["Nigerian troops=NGAMIL", "schoolchildren=NGAEDU"],
  },
  {
    // A spokesman "for" a named organisation speaks for it.
    text: "A spokesman for the Houthis said the group targeted a US warship.",
    expect: ["spokesman for the Houthis=YEMREB", "the group=YEMREB"],
  },
  {
    // The actor whose strike is aimed at "its" embassy is someone else.
    text: "Ukraine's foreign ministry condemned the Russian drone attack on its embassy in Warsaw.",
    expect: ["its embassy=UKRGOV"],
    never: ["its embassy=RUSMIL", "its=RUSMIL"],
  },
  {
    // A document named after the last actor is what "it" bars or requires.
    text: "The General Assembly adopted a Canadian-sponsored resolution on Tuesday. It calls on all states to stop arms sales to Myanmar.",
    never: ["It=CAN", "It=IGOUNOGA"],
  },
  {
    text: "The agreement took effect on Sunday after Kenya and Ethiopia ratified it. It bars both armies from the disputed strip.",
    never: ["It=ETH", "It=KEN"],
  },
  {
    // A state named in a compound modifier is no antecedent.
    text: "The EU adopted a French-drafted statement on Libya. The bloc said it would send monitors.",
    expect: ["The bloc=IGOEEC", "it=IGOEEC"],
    never: ["it=FRA"],
  },
  {
    // "The bloc", "the alliance" and "the group" stand for the organisation named before them.
    text: "ASEAN foreign ministers met in Jakarta on Monday. The bloc said it was gravely concerned by the fighting in Myanmar.",
    expect: ["The bloc=IGOASN", "it=IGOASN"],
  },
  {
    text: "NATO leaders gathered in Vilnius. The alliance said it would strengthen its eastern flank.",
    expect: ["The alliance=IGONAT", "it=IGONAT"],
    never: ["The alliance=LTUOPP"],
  },
  {
    // "the group's leader" is the group's own officer: one actor, the group's code.
    text: "Hezbollah fired rockets at northern Israel, and the group's leader warned of more attacks.",
    expect: ["the group's leader=LBNREB"],
  },
  {
    // Where a body met is not the body "the alliance" means.
    text: "The G7 summit opened in Brussels. The alliance said it would keep supporting Kyiv.",
    never: ["The alliance=IGOEEC"],
  },
  {
    // A description in object position may mean any such group.
    text: "Hamas released two hostages. Israel vowed to keep fighting against the militant group.",
    never: ["the militant group=PSEREB"],
  },
  {
    // "The pair", "both parties" and "the two" with words describing them stand for the pair.
    text: "Japan and South Korea held a summit in Tokyo. The pair agreed to restore intelligence sharing.",
    expect: ["The pair=JPN+KOR"],
  },
  {
    text: "Israel and Hamas agreed a truce on Thursday. Both parties committed to releasing hostages.",
    expect: ["Both parties=ISR+PSEREB"],
  },
  {
    text: "Thailand and Cambodia clashed at the border. The two Southeast Asian neighbours traded blame.",
    expect: ["The two Southeast Asian neighbours=THA+KHM"],
  },
  {
    text: "India and Pakistan put their forces on alert. The two nuclear-armed rivals exchanged fire.",
    expect: ["The two nuclear-armed rivals=IND+PAK"],
  },
  {
    // A description by a common noun is no pair of states: "the two opposition parties".
    text: "India and Pakistan put their forces on alert. The two opposition parties boycotted the vote.",
    never: ["The two opposition parties=IND+PAK"],
  },
  {
    // "Kim" alone is the one active holder who heads a state by that title alone.
    text: "Trump and Kim met in Hanoi on Thursday. The two leaders failed to reach a deal.",
    date: "2019-02-28",
    expect: ["Kim=PRKGOV", "The two leaders=USAGOV+PRKGOV"],
  },
  {
    // A side no one knows leaves the pair unresolved: the host is no side, and neither is the other side's state.
    text: "Vietnam hosted the summit between Clinton and Kim. The two leaders cut short their talks.",
    date: "1998-05-01",
    never: ["The two leaders=VNM+USAGOV", "Kim=USAGOV"],
  },
  {
    text: "Chairman Kim met President Clinton in Washington. Both sides praised the talks.",
    date: "1998-05-01",
    never: ["Chairman Kim=USAGOV", "Both sides=USAGOV+USA"],
  },
  {
    text: "The Hanoi summit between Trump and Xi collapsed. The two leaders left without a deal.",
    date: "2019-02-28",
    expect: ["The two leaders=USAGOV+CHNGOV"],
  },
  {
    // "The two Koreas" names both Korean states whatever came before, and "the North" after it is one.
    text: "Tensions between the two Koreas rose sharply. Later the North fired artillery near the border.",
    expect: ["the two Koreas=PRK+KOR", "North=PRK"],
  },
  {
    text: "Both Sudans agreed to reopen the oil pipeline.",
    expect: ["Both Sudans=SDN+SSD"],
  },
  {
    // A state does not violate its own airspace: "it" is someone else.
    text: "Greece said it had violated Greek airspace near Rhodes.",
    never: ["it=GRC"],
  },
];

const eventCases: readonly {
  text: string;
  date?: string;
  expect?: readonly string[];
  never?: readonly string[];
}[] = [
  {
    // "It" after a sentence about a document is the document, past an aside that names its author.
    text: "The resolution, drafted by France, caps the country's fuel imports. It also bars member states from issuing work permits to Syrian workers.",
    never: ["FRA>FRA", "FRA>SYR"],
  },
  {
    // The owner of an event noun stands before adjectives joined by "and".
    text: "The EU imposed new sanctions on Iran in response to its second and largest missile test.",
    expect: ["MOBILIZE IRN>-"],
    never: ["MOBILIZE IGOEEC"],
  },
  {
    // A name that only modifies a noun ("a UN resolution") is no antecedent of "its" while an
    // actor named for itself stands before it.
    text: "Russia blocked a UN resolution condemning its seizure of the Zaporizhzhia nuclear plant.",
    expect: ["COERCE RUS>UKR"],
    never: ["IGOUNO>UKR"],
  },
  {
    // CAMEO codes the West acting together with its region code.
    text: "Beijing accused the West of meddling in Hong Kong, and Western powers rejected the charge.",
    expect: ["ACCUSE CHNGOV>WST"],
  },
  {
    // "the West Bank" and "the West African bloc" are names of their own.
    text: "Settlers from the West Bank met leaders of the West African bloc.",
    never: ["WST"],
  },
  {
    // Weapons an actor receives come from the supplier named with "from".
    text: "Poland received fighter jets from South Korea on Thursday.",
    expect: ["AID KOR>POL"],
    never: ["KORMIL"],
  },
  {
    // Rockets "from Gaza" as the subject are still Gaza's.
    text: "Rockets from Gaza struck the Israeli town of Sderot.",
    expect: ["ASSAULT PSEMIL>ISR"],
  },
  {
    // Jewish settlers are Israeli civilians wherever the sentence places them.
    text: "Jewish settlers torched Palestinian homes near Ramallah, residents said.",
    expect: ["COERCE ISRCVL>PSE"],
    never: ["PSECVL>"],
  },
  {
    // A capital right after the rebels is where they are talking, not whose they are.
    text: "Rebels in Doha pledged to free all prisoners.",
    never: ["QATREB"],
  },
  {
    // States founded later code to their predecessor before independence, as South Sudan does.
    text: "Eritrean guerrillas ambushed an army convoy near Asmara.",
    date: "1988-04-02",
    never: ["ERI", "ERIREB"],
  },
  {
    text: "Indonesian troops killed three East Timorese guerrillas near Dili.",
    date: "1996-08-14",
    expect: ["ASSAULT IDNMIL>IDNREB"],
  },
  {
    text: "Eritrea accused Sudan of backing rebels on its border.",
    date: "1997-01-20",
    expect: ["ACCUSE ERI>SDN"],
  },
];

describe("golden coreference", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });

  for (const c of cases) {
    it(c.text, () => {
      const state = coder.analyse({ id: "t", text: c.text, date: c.date ?? "2024-05-15" });
      const rendered = state.resolvedMentions
        .flat()
        .map((m) => `${m.text}=${m.group ? m.group.map((g) => g.code).join("+") : m.actor.code}`);
      for (const wanted of c.expect ?? []) expect(rendered).toContain(wanted);
      for (const unwanted of c.never ?? []) expect(rendered).not.toContain(unwanted);
    });
  }

  for (const c of eventCases) {
    it(c.text, () => {
      const events = coder.code({ text: c.text, date: c.date ?? "2024-05-15" }).events;
      const rendered = events.map(renderFullCodes);
      for (const wanted of c.expect ?? []) expect(rendered).toContain(wanted);
      for (const code of c.never ?? []) expect(rendered.join(" ")).not.toContain(code);
    });
  }
});

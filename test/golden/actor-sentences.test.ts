/**
 * Golden actor tests: whole sentences through the bundled coder, each with the full actor codes a
 * careful analyst would give source and target (country and sector). Our own sentences.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { renderFullCodes } from "./render-event.js";
import { expectEvents } from "./golden-runner.js";

interface Golden {
  readonly text: string;
  readonly date?: string;
  /** "TYPE SRC>TGT" with full actor codes; TGT may be "-" for none. */
  readonly expect: readonly string[];
  /** Codes no event may carry on either side. */
  readonly never?: readonly string[];
}

const cases: readonly Golden[] = [
  {
    // Troops no one names belong to the country where they act when no other country is named.
    text: "Soldiers opened fire on demonstrators in Myanmar on Sunday, killing at least five people.",
    expect: ["ASSAULT MMRMIL>MMRCVL"],
  },
  {
    text: "Troops killed 12 insurgents in northern Mali, the army said.",
    expect: ["ASSAULT MLIMIL>MLIREB"],
  },
  {
    // A missile that falls somewhere is no one's military there.
    text: "Japan's defence ministry said the missile fell into the sea inside Japan's exclusive economic zone.",
    expect: [],
    never: ["JPNMIL"],
  },
  {
    // A capital is where rebels meet or talk; the government they deal with names their country.
    text: "Rebels in Oslo signed a ceasefire agreement with the Colombian government.",
    expect: ["SUPPORT COLREB>COLGOV"],
    never: ["NORREB"],
  },
  {
    // The backer is no actor; the backed group belongs where it fights.
    text: "Russian-backed separatists shelled Ukrainian positions near Donetsk.",
    expect: ["ASSAULT UKRREB>UKR"],
    never: ["RUS"],
  },
  {
    text: "Iranian-backed militias attacked a US base in Iraq on Friday.",
    expect: ["ASSAULT IRQUAF>USA"],
    never: ["IRN"],
  },
  {
    // The Taliban were insurgents between their two periods in power.
    text: "The Taliban attacked a police post in Kandahar province, killing six officers.",
    date: "2010-05-04",
    expect: ["ASSAULT AFGREB>AFGCOP"],
  },
  {
    text: "The Taliban refused to hand over Osama bin Laden to the United States.",
    date: "1999-10-10",
    expect: ["REJECT AFGGOV>USA"],
  },
  {
    text: "The Taliban detained two British journalists in Kabul.",
    date: "2023-03-01",
    expect: ["COERCE AFGGOV>GBRMED"],
  },
  {
    // An organisation's role is read on the event's own date, as a person's is.
    text: "In 2010, the Taliban attacked a police post in Kandahar.",
    date: "2023-05-01",
    expect: ["ASSAULT AFGREB>AFGCOP"],
  },
  {
    text: "The Quartet urged Israel and the Palestinians to resume talks.",
    expect: ["REQUEST IGOQRT>ISR"],
  },
  {
    // The PLOVER gold records code the Red Cross and Amnesty as international organisations.
    text: "Amnesty International accused Egypt of torturing detainees.",
    expect: ["ACCUSE IGOAMN>EGY"],
  },
  {
    // Kosovo's guerrillas, people and places share Kosovo's code: Serbia's before its independence
    // in February 2008 (CAMEO's SRBKSV), UNK after.
    text: "The Kosovo Liberation Army attacked Serbian police in Drenica.",
    date: "1998-03-01",
    expect: ["ASSAULT SRBREB>SRBCOP"],
  },
  {
    // In news English "Congo" alone is the Democratic Republic of the Congo.
    text: "Rebels in eastern Congo attacked a village, killing 20 civilians.",
    expect: ["ASSAULT CODREB>CODCVL"],
  },
  {
    // Leaders of the 1980s and 1990s, as older reports name them.
    text: "Chancellor Helmut Kohl met President Boris Yeltsin in Moscow.",
    date: "1994-05-10",
    expect: ["CONSULT DEUGOV>RUSGOV"],
  },
  {
    text: "Soviet leader Mikhail Gorbachev met President Ronald Reagan in Reykjavik.",
    date: "1986-10-11",
    expect: ["CONSULT RUSGOV>USAGOV"],
  },
  {
    // King Hussein is not Saddam Hussein.
    text: "Prime Minister Yitzhak Rabin met King Hussein of Jordan.",
    date: "1994-07-10",
    expect: ["CONSULT ISRGOV>JORGOV"],
  },
  {
    // The title the text gives holds outside the person's known terms.
    text: "Japanese Prime Minister Ryutaro Hashimoto met Russian President Boris Yeltsin.",
    date: "2000-01-01",
    expect: ["CONSULT JPNGOV>RUSGOV"],
  },
  {
    text: "The Sudan People's Liberation Army attacked government garrisons in the south.",
    date: "1993-06-13",
    expect: ["ASSAULT SDNREB>SDNGOV"],
    never: ["CHNMIL"],
  },
  {
    // A border lies between two states and places no one.
    text: "Kurdish rebels attacked a Turkish army post near the Iraqi border.",
    date: "1996-01-10",
    expect: ["ASSAULT TURREB>TURMIL"],
  },
  {
    // Peoples named after a region of one state belong to that state.
    text: "Croatian Serb rebels shelled Zagreb.",
    date: "1995-05-02",
    expect: ["ASSAULT HRVREB>HRVGOV"],
    never: ["SRBREB"],
  },
  { text: "Darfuri rebels attacked government troops.", expect: ["ASSAULT SDNREB>SDNMIL"] },
  {
    // A home base names where a group belongs; where it strikes does not.
    text: "A rebel group based in Uganda attacked villages in Congo.",
    expect: ["ASSAULT UGAREB>COD"],
  },
  {
    // A state's ally or proxy is not that state.
    text: "Iran's militia allies in Iraq attacked a convoy of Iraqi soldiers.",
    expect: ["ASSAULT IRQUAF>IRQMIL"],
    never: ["IRNUAF"],
  },
  {
    // Liberation movements were rebels or opposition before they governed.
    text: "SWAPO guerrillas attacked South African troops in Namibia.",
    date: "1985-01-01",
    expect: ["ASSAULT NAMREB>ZAFMIL"],
  },
  {
    text: "The Armed Islamic Group killed 30 villagers in Algeria.",
    date: "1997-01-01",
    expect: ["ASSAULT DZAREB>DZACVL"],
  },
  {
    // Letters beyond Latin-1 no longer split a name (and the sentence's parse) apart.
    text: "Turkish President Recep Tayyip Erdoğan accused Israel of genocide in Gaza.",
    date: "2024-05-15",
    expect: ["ACCUSE TURGOV>ISR"],
  },
  {
    text: "Serbian President Aleksandar Vučić met Hungarian Prime Minister Viktor Orbán in Belgrade.",
    date: "2024-05-15",
    expect: ["CONSULT SRBGOV>HUNGOV"],
  },
];

/** Mentions as "mention text=CODE" in `expect`; `never` lists codes no mention may carry. */
type MentionCase = Golden;

const mentionCases: readonly MentionCase[] = [
  {
    // The body a demonym qualifies comes along with it.
    text: "A spokesman for the Iranian foreign ministry rejected the accusations made by Britain.",
    expect: ["spokesman for the Iranian foreign ministry=IRNGOV"],
  },
  {
    // "official" qualifies the outlet after it.
    text: "The official KCNA news agency criticised the joint drills by Seoul and Washington.",
    expect: ["KCNA news agency=PRKMED"],
    never: ["GOV"],
  },
  {
    // Foreign and Western agents are not of the place they are in, nor of the state that hosts them.
    text: "Turkish President Recep Tayyip Erdogan threatened to expel ten Western ambassadors.",
    date: "2021-10-23",
    expect: ["Western ambassadors=GOV"],
  },
  {
    text: "Foreign diplomats in Moscow were summoned by the Russian foreign ministry.",
    expect: ["Foreign diplomats=GOV", "Russian foreign ministry=RUSGOV"],
  },
  {
    // A portfolio named "foreign" is still the state's own.
    text: "Police in Manila said the foreign ministry had been warned.",
    expect: ["foreign ministry=PHLGOV"],
  },
  {
    // A named institution is an "it".
    text: "The Pentagon said it would deploy 3,000 troops to Poland.",
    expect: ["it=USAMIL"],
  },
  {
    // Troops killed in a region of the country whose militants killed them.
    text: "Pakistani Taliban militants killed four soldiers in North Waziristan.",
    expect: ["soldiers=PAKMIL"],
  },
  {
    // Peacekeepers and coalition forces serve abroad.
    text: "Peacekeepers and coalition forces patrolled the streets of Kabul.",
    never: ["AFGMIL"],
    expect: [],
  },
  { text: "Protesters rallied in front of the embassy in Jakarta.", expect: [], never: ["IDNOPP"] },
  { text: "Coalition warplanes bombed Sanaa overnight.", expect: ["Sanaa=YEMGOV"] },
  {
    text: "Peking accused Bonn of interference.",
    date: "1985-01-01",
    expect: ["Peking=CHNGOV", "Bonn=DEUGOV"],
  },
  {
    text: "The African National Congress called for sanctions against Pretoria.",
    date: "1985-01-01",
    expect: ["African National Congress=ZAFOPP"],
  },
  // One acronym, two groups: the South Lebanon Army until 2003, the Sudan Liberation Army since.
  { text: "SLA militiamen shelled villages.", date: "1996-01-01", expect: ["SLA militiamen=LBNUAF"] },
  { text: "SLA rebels attacked a government convoy.", date: "2005-01-01", expect: ["SLA rebels=SDNREB"] },
  // Tribal notables are not the government; pirates and cartels belong where they operate.
  { text: "Tribal leaders in Yemen called for a ceasefire.", expect: ["Tribal leaders in Yemen=YEMCVL"] },
  { text: "Pirates seized a cargo ship off Somalia.", expect: ["Pirates=SOMCRM"] },
  {
    text: "Monks led protests against the military government in Myanmar.",
    expect: ["Monks=MMRREL", "military government in Myanmar=MMRGOV"],
  },
  // An envoy "for" a country is sent there; an organisation's envoy is the organisation's.
  {
    text: "The UN envoy for Syria met opposition leaders in Geneva.",
    expect: ["UN envoy=IGOUNO"],
    never: ["SYRGOV"],
  },
  { text: "The special envoy for Yemen arrived in Aden.", expect: [], never: ["YEMGOV"] },
  // A place with no role keeps the role of the agent that governs it.
  {
    text: "The governor of Kherson region accused Russia of shelling.",
    expect: ["governor of Kherson=UKRGOV"],
  },
  // Seas named after countries are no actors; a month beside a number is a date.
  {
    text: "Chinese warships sailed from the South China Sea to the Indian Ocean and the Gulf of Mexico.",
    expect: [],
    never: ["CHN", "IND", "MEX"],
  },
  { text: "The boat Unaizah May 4 was hit on Tuesday.", expect: [], never: ["GBR", "GBRGOV"] },
  // A description stands for the one state in view, never for one of two, nor for a place.
  {
    text: "North Korea fired a missile. The reclusive state has conducted dozens of tests this year.",
    expect: ["The reclusive state=PRK"],
  },
  {
    text: "Israel struck targets in Syria. The Jewish state said it had hit depots.",
    expect: ["Jewish state=ISR", "it=ISR"],
  },
  {
    text: "Iran was found in breach, the first such finding against the country.",
    expect: [],
    never: ["IRNGOV"],
  },
  // Northern Ireland's nationalists, republicans and loyalists are actors of the United Kingdom.
  {
    text: "Irish republican gunmen shot dead a policeman in Belfast.",
    date: "1992-01-01",
    expect: ["Irish republican gunmen=GBRREB"],
    never: ["IRLREB"],
  },
  {
    text: "Ulster loyalists marched through Portadown.",
    date: "1996-01-01",
    expect: ["Ulster loyalists=GBR"],
  },
  // A state's words before it existed name its predecessor: Juba was a Sudanese city until 2011.
  { text: "Rebels shelled the southern town of Juba.", date: "1995-05-01", expect: ["Juba=SDN"] },
  { text: "Juba accused Khartoum of bombing its oil fields.", date: "2012-05-01", expect: ["Juba=SSDGOV"] },
  // Rebels near their own capital are that state's; a separatist leader is a rebel, not the government.
  {
    text: "West African peacekeepers shelled rebel positions near Monrovia.",
    date: "1993-01-01",
    expect: ["rebel=LBRREB"],
  },
  {
    text: "Chechen separatist leader Dzhokhar Dudayev rejected Moscow's ultimatum.",
    date: "1995-01-01",
    expect: ["Chechen separatist leader Dzhokhar Dudayev=RUSREB"],
  },
  // Armed groups of the Cold War and after, some with a later role in government.
  {
    text: "EPLF fighters captured the port of Massawa.",
    date: "1990-02-10",
    expect: ["EPLF fighters=ETHREB"],
  },
  { text: "The EPLF government expelled the envoy.", date: "1995-02-10", expect: ["EPLF government=ERIGOV"] },
  {
    text: "Phalangist militiamen attacked the camps.",
    date: "1982-09-16",
    expect: ["Phalangist militiamen=LBNUAF"],
  },
  // A day is no broadcaster.
  { text: "The minister visited Russia today.", expect: ["Russia=RUS"], never: ["RUSMED"] },
  // A lower-case description is no name.
  { text: "An armed Islamic group in Lebanon claimed the attack.", expect: [], never: ["DZAREB"] },
  {
    text: "Bosnian government army troops launched an offensive.",
    date: "1995-01-01",
    expect: [],
    never: ["BIHGOV"],
  },
  // The maker of a weapon is no actor in its use.
  { text: "An Iranian-made drone struck a tanker off Oman.", expect: [], never: ["IRN"] },
  { text: "Rohingya refugees accused Myanmar of genocide.", expect: ["Rohingya refugees=MMRREF"] },
  {
    // In reports about Korea "the North" and "the South" are the two states; elsewhere they are not.
    text: "Seoul proposed high-level talks with the North at Panmunjom.",
    expect: ["North=PRK"],
  },
  { text: "Rebels attacked the North of the country.", expect: [], never: ["PRK"] },
  // "Brussels" as an actor is the European Union.
  { text: "Brussels threatened to impose tariffs on American steel.", expect: ["Brussels=IGOEEC"] },
  {
    text: "The Turkish General Staff said its jets had struck PKK targets in northern Iraq.",
    expect: ["its jets=TURMIL"],
  },
  {
    // Relief officials and diplomats in a capital are not its government.
    text: "Relief officials in Nairobi said rebels had shelled the town.",
    expect: ["Relief officials=GOV"],
  },
  {
    // "EU" organisations and EU officeholders share one code.
    text: "EU foreign policy chief Kaja Kallas accused Russia of war crimes.",
    date: "2025-02-10",
    expect: ["EU foreign policy chief Kaja Kallas=IGOEEC"],
  },
];

describe("golden actor sentences and mentions", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });

  for (const c of cases) {
    it(c.text, () => {
      const events = coder.code({ text: c.text, date: c.date ?? "2024-05-15" }).events;
      const rendered = events.map(renderFullCodes);
      expectEvents(rendered, c.expect);
      const codes = events.flatMap((e) => [...e.source, ...e.target].map((a) => a.code));
      for (const code of c.never ?? []) expect(codes).not.toContain(code);
    });
  }

  for (const c of mentionCases) {
    it(c.text, () => {
      const state = coder.analyse({ id: "t", text: c.text, date: c.date ?? "2024-05-15" });
      const mentions = state.resolvedMentions.flat();
      const rendered = mentions.map((m) => `${m.text}=${m.actor.code}`);
      for (const wanted of c.expect) expect(rendered).toContain(wanted);
      for (const code of c.never ?? []) expect(mentions.map((m) => m.actor.code)).not.toContain(code);
    });
  }
});

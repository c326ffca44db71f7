/**
 * Golden tests: whole sentences through the bundled coder, each with the events a careful analyst
 * would code (type, source country, target country). These are our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The United States imposed new sanctions on Iran on Tuesday.",
    expect: ["SANCTION USA>IRN"],
    exact: true,
  },
  {
    text: "North Korea fired two ballistic missiles into the sea off its east coast, South Korea's military said.",
    // A missile test into the sea is a show of force (CAMEO 15x), not an assault on anyone.
    expect: ["MOBILIZE PRK>-"],
  },
  {
    text: "Russian forces shelled the Ukrainian city of Kharkiv overnight, killing three civilians.",
    expect: ["ASSAULT RUS>UKR"],
  },
  {
    text: "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday.",
    expect: ["CONSULT CHN>BRA"],
  },
  { text: "Iran rejected a proposal by European powers to resume nuclear talks.", expect: ["REJECT IRN>-"] },
  {
    text: "The Philippines protested to China after its coast guard fired water cannon at a Philippine supply boat.",
    // A diplomatic protest is an official complaint (CAMEO 114, PLOVER ACCUSE); PROTEST is for demonstrations.
    expect: ["ACCUSE PHL>CHN", "ASSAULT CHN>PHL"],
  },
  {
    text: "India and Pakistan agreed to a ceasefire along the Line of Control.",
    // Agreeing to a ceasefire is an agreement (PLOVER AGREE, CAMEO 0356), not yet the truce itself.
    expect: ["AGREE IND>PAK", "AGREE PAK>IND"],
  },
  {
    // A declared future act is the intent to act (CAMEO 033, PLOVER AGREE); narrated, it stays AID.
    text: "Japan will send humanitarian aid to Turkey after the earthquake, the foreign ministry said.",
    expect: ["AGREE JPN>TUR"],
  },
  { text: "Japan sent humanitarian aid to Turkey after the earthquake.", expect: ["AID JPN>TUR"] },
  {
    text: "The UN Security Council condemned the attack on peacekeepers in Lebanon.",
    expect: ["ACCUSE IGO>-"],
  },
  { text: "Seoul called on Pyongyang to return to the negotiating table.", expect: ["REQUEST KOR>PRK"] },
  {
    text: "The Kremlin accused Ukraine of attacking an oil refinery with drones.",
    expect: ["ACCUSE RUS>UKR"],
  },
  {
    text: "Police arrested dozens of protesters outside the parliament in Tbilisi.",
    expect: ["COERCE GEO>-"],
  },
  { text: "Israel released 90 Palestinian prisoners on Sunday.", expect: ["RETREAT ISR>PSE"] },
  { text: "Kim Jong Un did not reject the offer of talks.", date: "2025-06-12", expect: ["!REJECT PRK>-"] },
  { text: "Analysts say Beijing could impose sanctions on Taiwan.", expect: ["?SANCTION CHN>TWN"] },
  {
    text: "Trump and Kim held their first summit in Singapore in 2018.",
    date: "2025-06-12",
    expect: ["~CONSULT USA>PRK", "~CONSULT PRK>USA"],
  },
  {
    text: "The complex dynamics of regional relations remain a matter of debate among scholars.",
    expect: [],
    exact: true,
  },
  {
    text: "Public sentiment at home may shape how the leadership approaches diplomacy.",
    expect: [],
    exact: true,
  },
  {
    // Talks take two sides: whoever holds them with Y, Y holds them too.
    text: "Indian Foreign Minister S. Jaishankar held talks with his Chinese counterpart in Moscow.",
    expect: ["CONSULT IND>CHN", "CONSULT CHN>IND"],
    exact: true,
  },
  // Deaths in an accident or a disaster are no one's act.
  { text: "Four people were killed in a car crash in northern Italy on Monday.", expect: [], exact: true },
  { text: "Dozens of villagers were injured by the earthquake in eastern Turkey.", expect: [], exact: true },
  // A threatened boycott has not happened.
  { text: "Poland's threat to boycott the summit angered Berlin.", expect: [], exact: true },
  {
    // The subordinate clause has its own subject ("militants", no country): the troops did not attack.
    text: "Pakistani troops withdrew from the border post two days after Taliban-linked militants attacked it.",
    expect: ["RETREAT PAK>-"],
    exact: true,
  },
  // "might" outweighs the intent verb: the appeal is speculation.
  { text: "Moscow might want Kyiv to return to the talks.", expect: ["?null RUS>UKR"] },
  {
    // A participle at the start of the sentence that runs into "were" modifies the noun before it:
    // the civilians did not imprison anyone.
    text: "The civilians imprisoned for criticising the Kremlin were pardoned on Friday.",
    expect: ["ACCUSE RUS>RUS"],
    exact: true,
  },
  {
    // A state of the United States codes to its country: the comment is about an American event.
    text: "President Biden expressed sorrow for the shootings in South Carolina.",
    expect: ["null USA>USA"],
  },
  {
    // Violence with no named perpetrator is coded from the country where it happened (implied).
    text: "A roadside bomb near the town of Samarra killed one U.S. soldier on Sunday, the military said.",
    expect: ["ASSAULT IRQ>USA"],
    exact: true,
  },
  {
    // … unless the article names the attacker: the second sentence is the same attack.
    text: "Russian forces shelled a village near Kharkiv. The shelling killed three Ukrainian soldiers in Kharkiv.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    // The speaker of ", saying …" is the main clause's subject, and still acts in the main clause.
    text: "Berlin rejected calls by Minsk for economic aid, saying it would wait for free elections.",
    expect: ["REJECT DEU>BLR"],
  },
  {
    // "Sindh province": a word for a kind of place belongs to the name, which stays the subject.
    text: "The government of Sindh province has ordered patrols by police after violent protests.",
    expect: ["MOBILIZE PAK>PAK"],
  },
  {
    // A harmful act promised on a condition is a threat, whatever verb announced it.
    text: "Algeria's opposition will boycott the elections unless the president resigns.",
    expect: ["THREATEN DZA>DZA"],
    exact: true,
  },
  {
    // What an appeal asks for has not happened: the deployment is not coded as news.
    // "its border" is Lebanon's, not the UN's.
    text: "Beirut rejected a United Nations appeal for deploying army troops along its border.",
    expect: ["REJECT LBN>IGO", "?MOBILIZE LBN>-"],
    absent: ["?MOBILIZE LBN>IGO"],
  },
  // Unnamed protesters are coded from the country where they march.
  {
    text: "Thousands marched in Tbilisi against the foreign agents law.",
    expect: ["PROTEST GEO>GEO"],
    exact: true,
  },
  {
    // The request names an addressee the knowledge base does not know: not a domestic demand.
    text: "Ukrainian President Volodymyr Zelensky urged Western allies to send more air defence systems.",
    expect: ["REQUEST UKR>-"],
    exact: true,
  },
  {
    // An ethnic group is no citizen of the state its name recalls; where it lives decides.
    text: "Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia on Friday.",
    expect: ["ASSAULT SRB>SRB"],
    exact: true,
  },
  // Rebels with no country of their own belong to the country where the sentence places them.
  { text: "Insurgents in Iraq killed two U.S. soldiers.", expect: ["ASSAULT IRQ>USA"], exact: true },
  {
    // A missile test is a show of force; "on Tuesday" is a date, not a target of "fired … on".
    text: "North Korea test-fired an intercontinental ballistic missile on Tuesday.",
    expect: ["MOBILIZE PRK>-"],
    exact: true,
  },
  {
    // The apposition after the comma is not the object of "met".
    text: "President Donald Trump and North Korean leader Kim Jong Un met in Singapore on Tuesday, the first meeting between a sitting US president and a North Korean leader.",
    date: "2018-06-12",
    expect: ["CONSULT USA>PRK", "CONSULT PRK>USA"],
    exact: true,
  },
  {
    // "and said …" ends the object of "condemned".
    text: "US Secretary of State Rex Tillerson condemned the launch and said the United States would never accept a nuclear-armed North Korea.",
    date: "2017-07-05",
    expect: ["ACCUSE USA>-"],
    exact: true,
  },
  {
    // "it" is the military that speaks, not a place named before.
    text: "Trump warned of fire and fury over Guam. Hours later, North Korea's military said it was examining a plan to fire missiles into the waters around Guam.",
    date: "2017-08-09",
    expect: ["MOBILIZE PRK>-"],
  },
  {
    // Two states stepping back with no one else named do it towards each other; the date between
    // "agreed" and "to" keeps the agreement.
    text: "India and Pakistan agreed on Saturday to halt all firing and military action on land, in the air and at sea.",
    expect: ["AGREE IND>PAK", "AGREE PAK>IND"],
    exact: true,
  },
  {
    // The owner of the summit outranks the place that names it.
    text: "Trump and Kim Jong Un met in 2018. Trump said he would like to see the progress made at their 2018 Singapore summit.",
    date: "2025-06-12",
    expect: ["~CONSULT USA>PRK", "~CONSULT PRK>USA"],
  },
  {
    // The actor before "for" is the subject of the gerund; warships sent to a strait are no aid.
    text: "China condemned Japan for sending warships to the strait.",
    expect: ["ACCUSE CHN>JPN", "MOBILIZE JPN>-"],
    exact: true,
  },
  {
    // A verb coordinated with an earlier one shares its subject, not the first verb's object.
    text: "Moscow handed over the bodies of 6,000 Ukrainian soldiers and proposed short ceasefires.",
    expect: ["RETREAT RUS>UKR"],
  },
  {
    // "is prepared to" is an intent, not a passive; the agent of a noun event outranks the condemner.
    text: "Algeria is prepared to lift the ban on the Islamic Salvation Front.",
    expect: ["AGREE DZA>DZA"],
    exact: true,
  },
  {
    text: "Washington and Seoul condemned the missile launch by Pyongyang.",
    expect: ["ACCUSE USA>PRK", "ACCUSE KOR>PRK", "MOBILIZE PRK>-"],
    exact: true,
  },
  {
    // The broker of a deal is not a party to it; the two parties agree with each other.
    text: "Serbia and Kosovo agreed to normalise relations under an EU-brokered deal.",
    expect: ["AGREE SRB>UNK", "AGREE UNK>SRB"],
    exact: true,
  },
  {
    // What someone is warned against has not happened; the West (WST) is who would send them.
    text: "Russia warned the West against sending troops to Ukraine.",
    expect: ["?MOBILIZE WST>UKR"],
  },
  {
    // A pair acting on each other takes no third party from a place phrase ("at the UN").
    text: "Argentina and Britain clashed over the Falklands at the UN.",
    expect: ["ASSAULT ARG>GBR", "ASSAULT GBR>ARG"],
    exact: true,
  },
  // Closing airspace to a country's airlines is a sanction, not a blockade.
  { text: "Pakistan closed its airspace to Indian airlines.", expect: ["SANCTION PAK>IND"], exact: true },
  // Suspending talks halts them (CAMEO 164); the talks are not held.
  { text: "Canada suspended trade talks with India.", expect: ["SANCTION CAN>IND"], exact: true },
  {
    // What a pair cooperates about is its topic, not its partner.
    text: "Seoul and Tokyo agreed to share intelligence on North Korea.",
    expect: ["AGREE KOR>JPN", "AGREE JPN>KOR"],
    exact: true,
  },
  // A bare agent noun after "for" names no one: the accused is the object.
  {
    text: "Moscow blamed Kyiv for the drone attack on the Kremlin.",
    expect: ["ACCUSE RUS>UKR"],
    exact: true,
  },
  // An organisation suspending a member state reduces relations with it.
  { text: "The African Union suspended Niger after the coup.", expect: ["SANCTION IGO>NER"], exact: true },
  // Scrambling jets raises military alert (CAMEO 152); where the drones flew is their clause's place.
  {
    text: "Japan scrambled fighter jets after Chinese drones flew near Okinawa.",
    expect: ["MOBILIZE JPN>-"],
  },
  {
    // A threat with no one named is aimed at whoever its condition names; the condition's own act
    // is hypothetical and does not swallow the threat.
    text: "Iran threatened to close the Strait of Hormuz if Washington imposed new sanctions.",
    expect: ["THREATEN IRN>USA", "?SANCTION USA>-"],
  },
  // The executed man is the object; "spying for Israel" is about him, not a target.
  { text: "Iran executed a man convicted of spying for Israel.", expect: ["ASSAULT IRN>-"], exact: true },
  {
    // A noun, a participle and "by" + actor is a passive: the capturers are Russian forces.
    text: "Saudi Arabia said it had mediated the release of ten foreign nationals captured by Russian forces.",
    expect: ["COERCE RUS>-", "CONSULT SAU>RUS"],
  },
  {
    // After a refusal, "until" opens a condition: the release has not happened.
    text: "Israel said it would not withdraw its troops until Hamas released the hostages.",
    // Hostages are someone else's people: their release is not aimed at Hamas's own state.
    expect: ["REJECT ISR>PSE", "?RETREAT PSE>-"],
    absent: ["?RETREAT PSE>PSE"],
  },
  // The agent of a passive may sit inside the pattern's gap ("accused by Israel of").
  { text: "Iran was accused by Israel of aggression.", expect: ["ACCUSE ISR>IRN"], exact: true },
  {
    // A pair agreeing on a deal "with" a third party agrees with it.
    text: "The US and Russia agreed to a deal with Iran.",
    expect: ["AGREE USA>IRN", "AGREE RUS>IRN"],
    exact: true,
  },
  {
    // The owner of a noun event ("North Korea's nuclear test") is its source.
    text: "The United Nations condemned North Korea's nuclear test.",
    expect: ["ACCUSE IGO>PRK", "MOBILIZE PRK>-"],
    exact: true,
  },
  // Asking someone for weapons is an appeal for military aid (CAMEO 0232).
  { text: "Ukraine asked Germany for tanks.", expect: ["null UKR>DEU"], exact: true },
  {
    // "Li" is a known short name (Li Qiang), but "Li Peng" is someone else: the title codes him.
    text: "Chinese Premier Li Peng arrived in Moscow on Monday for an official visit.",
    date: "1990-04-24",
    expect: ["CONSULT CHN>RUS"],
    exact: true,
  },
  {
    // A pull-out held over the other side until it acts is a threat; with "if" it stays a pledge.
    text: "Nigeria said it would pull its troops out of Liberia unless the factions disarmed.",
    expect: ["THREATEN NGA>LBR"],
    exact: true,
  },
  {
    text: "Nigeria said it would pull its troops out of Liberia if the factions disarmed.",
    expect: ["AGREE NGA>LBR"],
    exact: true,
  },
  {
    // Hostages named by their nationality are often foreigners where they are held: they do not
    // make the rebels French, and rebels of no known country code no event. A place with "in" does.
    text: "Rebels freed two French hostages on Sunday.",
    expect: [],
    exact: true,
  },
  { text: "Rebels in Uganda freed two French hostages.", expect: ["RETREAT UGA>FRA"], exact: true },
  {
    // A participle before "by" is a passive even when tagged as an adjective: the agent mediates.
    // The mediator acts on the sides of the truce.
    text: "Israel and Hamas agreed to a truce mediated by Egypt.",
    expect: ["AGREE ISR>PSE", "AGREE PSE>ISR", "CONSULT EGY>ISR", "CONSULT EGY>PSE"],
    exact: true,
  },
  {
    text: "The two sides agreed to a ceasefire after talks mediated by the United States.",
    expect: ["CONSULT USA>-"],
    exact: true,
  },
  {
    // Agreeing to a ceasefire that someone brokered is no offer to mediate; the broker mediated
    // between the sides.
    text: "Pakistan and India agreed to a ceasefire brokered by Qatar.",
    expect: ["AGREE PAK>IND", "AGREE IND>PAK", "CONSULT QAT>PAK", "CONSULT QAT>IND"],
    exact: true,
  },
  {
    // A claim about one's own side's deeds accuses no one; about another party's, it does.
    text: "The Indian army claimed it had killed 20 militants in Kashmir.",
    expect: ["ASSAULT IND>IND"],
    exact: true,
  },
  {
    text: "Russia claimed that Ukrainian forces had shelled the plant.",
    // One party's claim establishes no shelling: the accusation is the event.
    expect: ["ACCUSE RUS>UKR"],
    exact: true,
  },
  {
    // In an exchange each side frees the other's people; the supervisor is no party to it.
    text: "Kuwait and Iraq exchanged prisoners of war under the supervision of the Red Cross.",
    expect: ["RETREAT KWT>IRQ", "RETREAT IRQ>KWT"],
    exact: true,
  },
  { text: "Mexico's president pardoned 20 Zapatista rebels.", expect: ["RETREAT MEX>MEX"], exact: true },
  {
    // One who condemns or praises an act did not do it: the event noun gets no source from the judge.
    text: "Russia condemned the air strikes on Serbia.",
    expect: ["ACCUSE RUS>SRB"],
    exact: true,
  },
  { text: "Japan criticised the missile test.", expect: ["ACCUSE JPN>-"], exact: true },
  {
    // An event noun in a phrase of time is the background, not the subject's own act.
    text: "The United States cut off aid to Pakistan after the nuclear tests.",
    expect: ["SANCTION USA>PAK"],
    exact: true,
  },
  { text: "Egypt opposed the invasion of Iraq.", expect: ["ACCUSE EGY>IRQ"], exact: true },
  {
    // The leader of an "X-led" act is its agent.
    text: "Syria and Iran denounced the US-led invasion of Iraq.",
    expect: ["ACCUSE SYR>USA", "ACCUSE IRN>USA", "ASSAULT USA>IRQ"],
    exact: true,
  },
  {
    // A government's protest is an official complaint (CAMEO 114); crowds demonstrate (141).
    text: "Beijing protested Japan's decision to buy the islands.",
    expect: ["ACCUSE CHN>JPN"],
    exact: true,
  },
  {
    text: "Students protested in Jakarta against President Suharto.",
    expect: ["PROTEST IDN>IDN"],
    exact: true,
  },
  {
    // Extradition is toward the receiving state or court, not the person handed over.
    text: "Spain extradited a Basque separatist to France.",
    expect: ["COOPERATE ESP>FRA"],
    exact: true,
  },
  {
    // "The Hague" is the seat of the courts, never William Hague; its tribunal is the UN's.
    text: "Croatia handed over a war crimes suspect to the Hague tribunal.",
    date: "2012-05-15",
    expect: ["COOPERATE HRV>IGO"],
    exact: true,
  },
  {
    // Mobilising is a show of force only with forces: lobbyists are no troops.
    text: "Saudi Arabia has mobilized pressure groups in the United States to support the Palestinians.",
    expect: [],
    exact: true,
  },
  { text: "Iraq mobilized its army.", expect: ["MOBILIZE IRQ>-"], exact: true },
  {
    // "King Abdullah" is whichever King Abdullah reigns on the date: Jordan's, since 2015.
    text: "Abbas was received by King Abdullah in Amman.",
    expect: ["CONSULT JOR>PSE"],
    exact: true,
  },
  {
    // A title under a named country keeps that country, even when the name recalls another king.
    text: "Jordan's King Abdullah received Palestinian leader Mahmoud Abbas in Amman.",
    date: "2010-05-01",
    expect: ["CONSULT JOR>PSE"],
    exact: true,
  },
  {
    // A date inside a clause set off by commas dates that clause's verb, not the main one.
    text: "Israel, which occupied the Golan Heights in 1967, rejected the Syrian offer.",
    expect: ["REJECT ISR>SYR"],
    exact: true,
  },
  {
    // Handing over one's own weapons is disarming; handing weapons to someone else is military aid.
    text: "Rebels in Sierra Leone handed over their weapons to UN peacekeepers.",
    expect: ["RETREAT SLE>IGO"],
    exact: true,
  },
  { text: "Iran handed weapons to Hezbollah.", expect: ["AID IRN>LBN"], exact: true },
  {
    // A vow to fight "until" a goal is met: the vow is a threat, the goal has not happened.
    text: "Albania has sworn to fight until it gains control of the villages.",
    // A state's threat with no one named is not aimed at the state itself.
    expect: ["THREATEN ALB>-", "?ASSAULT ALB>-"],
  },
  {
    // Passive sanctions: the agent after "by" imposes or lifts them; "not" and "will" inside count.
    text: "New sanctions were imposed on Iran by the European Union.",
    expect: ["SANCTION IGO>IRN"],
    exact: true,
  },
  {
    text: "Sanctions against Libya were lifted by the United Nations.",
    expect: ["RETREAT IGO>LBY"],
    exact: true,
  },
  { text: "Sanctions against Libya were not lifted by the United Nations.", expect: [], exact: true },
  {
    // "it" after a body named by an agent noun ("the opposition") is that body.
    text: "The Algerian opposition said it would boycott the elections.",
    expect: ["PROTEST DZA>DZA"],
    exact: true,
  },
  {
    text: "Hamas fighters fired rockets into southern Israel on Saturday.",
    expect: ["ASSAULT PSE>ISR"],
  },
  {
    text: "Pakistani troops and Indian forces traded fire across the Line of Control.",
    expect: ["ASSAULT PAK>IND", "ASSAULT IND>PAK"],
  },
  {
    text: "Pakistan recalled its high commissioner from New Delhi after the border clash.",
    expect: ["SANCTION PAK>IND"],
  },
  {
    text: "Russia vetoed a draft resolution condemning the annexation.",
    // Those who stop a text do not say what it says.
    expect: ["REJECT RUS>-"],
    exact: true,
  },
  {
    text: "The United States blocked a draft resolution demanding an immediate ceasefire in Gaza.",
    expect: ["REJECT USA>-"],
    exact: true,
  },
  {
    text: "Protesters set fire to the US embassy in Tripoli.",
    expect: ["PROTEST LBY>USA"],
  },
  {
    text: "Lithuania closed two border crossings with Belarus.",
    expect: ["ASSAULT LTU>BLR"],
  },
  {
    text: "The EU extended its economic sanctions on Russia for another six months.",
    // The organisation's own "its" is not the target; Russia is.
    expect: ["SANCTION IGO>RUS"],
    exact: true,
  },
  {
    text: "The US-led coalition struck Islamic State targets in Syria.",
    // The state that leads a coalition names it, not the country where it fights.
    expect: ["ASSAULT USA>IMG"],
  },
  {
    text: "Saudi-led coalition aircraft struck a wedding party in Yemen, killing dozens.",
    expect: ["ASSAULT SAU>YEM"],
  },
  {
    text: "India blamed Pakistan-based militants for the attack on its parliament.",
    // The one who blames did not attack.
    expect: ["ACCUSE IND>PAK"],
    exact: true,
  },
  {
    text: "The German chancellor telephoned the Russian president to urge a ceasefire.",
    // The caller urges, not the one called.
    expect: ["CONSULT DEU>RUS", "REQUEST DEU>RUS"],
    exact: true,
  },
  {
    text: "Iran summoned the British ambassador to protest against remarks by the foreign secretary.",
    expect: ["ACCUSE IRN>GBR"],
    exact: true,
  },
  {
    text: "Iran protested against the remarks by the British foreign secretary.",
    // A state named by its name protests through its government: an official complaint.
    expect: ["ACCUSE IRN>-"],
  },
  {
    text: "Iranians protested against the election results.",
    expect: ["PROTEST IRN>-"],
  },
  {
    text: "The Israeli army demolished a house belonging to a Palestinian militant.",
    // The owner of what is destroyed is its target, not the army's own country.
    expect: ["COERCE ISR>PSE"],
    exact: true,
  },
  {
    text: "Israeli police arrested a Palestinian suspected of stabbing two settlers.",
    // The suspect is the one said to have stabbed, not the police who arrested him.
    expect: ["COERCE ISR>PSE", "ASSAULT PSE>-"],
    exact: true,
  },
  {
    text: "Britain condemned Moscow's decision to expel British diplomats.",
    // The one who decided expels; the critic does not expel its own diplomats.
    expect: ["ACCUSE GBR>RUS", "SANCTION RUS>GBR"],
    exact: true,
  },
  {
    text: "Russia criticised Washington's plan to deploy missiles in Poland.",
    expect: ["ACCUSE RUS>USA", "MOBILIZE USA>POL"],
    exact: true,
  },
  {
    text: "Talks between Israel and Syria resumed in Washington on Monday.",
    // The two sides named after "between" hold the talks, even when a verb follows the second.
    expect: ["CONSULT ISR>SYR", "CONSULT SYR>ISR"],
  },
  {
    text: "The Egyptian president received a phone call from his US counterpart.",
    // The caller makes the call; the one who receives it is its target.
    expect: ["CONSULT USA>EGY"],
    exact: true,
  },
  {
    text: "Germany urged its citizens to leave Lebanon immediately.",
    // Telling one's citizens to leave a country is no call for a leader to step down (CAMEO 1041).
    expect: ["REQUEST DEU>-"],
  },
  {
    text: "Iran executed two men amid tensions with Israel.",
    // A circumstance after "amid" or "under" names no one acted on.
    expect: ["ASSAULT IRN>-"],
    exact: true,
  },
  {
    text: "Cuba released 52 political prisoners under a deal with the Vatican.",
    expect: ["RETREAT CUB>CUB"],
    exact: true,
  },
  {
    text: "Kosovo Albanians staged a general strike to protest against Serbian rule.",
    date: "1998-03-01",
    // A people named after the place they live in belong to that place, not to Albania: Kosovo was a
    // province of Serbia until February 2008 (CAMEO's SRBKSV; UNK, Kosovo's code, after).
    expect: ["PROTEST SRB>-"],
  },
  {
    text: "Anti-balaka militias attacked Muslims in Bangui.",
    date: "2014-02-01",
    expect: ["ASSAULT CAF>CAF"],
  },
  {
    text: "Turkey opened a probe into the murder of a Saudi journalist.",
    // The one who investigates a killing did not commit it.
    expect: ["ACCUSE TUR>SAU"],
    exact: true,
  },
  {
    text: "The United Nations launched an investigation into the killing of protesters in Myanmar.",
    expect: ["ACCUSE IGO>MMR"],
    exact: true,
  },
  {
    text: "Cuba sent doctors to Italy.",
    expect: ["AID CUB>ITA"],
    exact: true,
  },
  {
    text: "Turkey dispatched rescue teams to Syria after the earthquake.",
    expect: ["AID TUR>SYR"],
  },
  {
    text: "The United States resumed military aid to Egypt.",
    expect: ["AID USA>EGY"],
    exact: true,
  },
  {
    text: "Russia resumed gas supplies to Ukraine.",
    // Goods sold again are trade, not aid.
    expect: [],
    exact: true,
  },
  {
    text: "Paramilitaries killed 12 peasants in Colombia.",
    // Militias, like rebels, belong to the country where the sentence places them.
    expect: ["ASSAULT COL>COL"],
    exact: true,
  },
  {
    text: "Militiamen attacked Turkish troops in Syria.",
    expect: ["ASSAULT SYR>TUR"],
    exact: true,
  },
  {
    text: "Soldiers killed 12 villagers in Burundi.",
    // Violence with no named perpetrator is coded from where it happened, also when the place is
    // named with the victims.
    expect: ["ASSAULT BDI>BDI"],
    exact: true,
  },
  {
    text: "Sweden increased its aid to Afghanistan.",
    expect: ["AID SWE>AFG"],
    exact: true,
  },
  {
    text: "Critics raised concerns about aid to Egypt.",
    // Raising concerns about aid gives none.
    expect: [],
    exact: true,
  },
  {
    text: "Japan tightened export controls on South Korea.",
    expect: ["SANCTION JPN>KOR"],
    exact: true,
  },
  {
    text: "Washington pressured Islamabad to crack down on militants.",
    // The crackdown asked for is not one done.
    expect: ["REQUEST USA>PAK"],
    exact: true,
  },
  {
    text: "Turkey lifted its veto on Sweden's NATO membership.",
    expect: ["CONCEDE TUR>SWE"],
  },
  {
    text: "India called off its military exercises near the border.",
    // Drills called off are a step back, not a show of force.
    expect: ["RETREAT IND>-"],
    exact: true,
  },
  {
    text: "Pakistan was pressured to act.",
    // A passive with no agent names no one who pressed.
    expect: [],
    exact: true,
  },
];

runGoldenCases("golden sentences", cases);

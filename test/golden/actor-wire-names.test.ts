/**
 * Golden actor tests on the names wire copy gives actors: capitals and seats of power as metonyms,
 * demonyms, titles without names, ministries, international and armed organisations, parties on the
 * report's date, leaders by surname in dated reports, the US state of Georgia, and the two Koreas.
 * Each sentence gives the full codes (country and sector) a careful analyst would. Our own sentences.
 */
import { type FullCodeGolden, runFullCodeCases } from "./full-code-runner.js";

const cases: readonly FullCodeGolden[] = [
  // Capitals and seats of power speak for their governments.
  {
    text: "Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant.",
    expect: ["ACCUSE RUSGOV>UKRGOV"],
  },
  { text: "Islamabad accused Kabul of sheltering militants.", expect: ["ACCUSE PAKGOV>AFGGOV"] },
  { text: "Addis Ababa rejected Cairo's demands over the dam.", expect: ["REJECT ETHGOV>EGYGOV"] },
  { text: "Taipei accused Beijing of intimidation.", expect: ["ACCUSE TWNGOV>CHNGOV"] },
  {
    text: "Rabat accused Algiers of backing the Polisario.",
    date: "2021-08-24",
    expect: ["ACCUSE MARGOV>DZAGOV"],
  },
  {
    text: "Bonn urged Moscow to withdraw its troops from the Baltics.",
    date: "1992-05-01",
    expect: ["REQUEST DEUGOV>RUSGOV"],
  },
  { text: "The Kremlin rejected a Ukrainian peace proposal on Tuesday.", expect: ["REJECT RUSGOV>UKR"] },
  // Older spellings and former capitals still name the state; a city that shares a minister's surname is the city.
  {
    text: "Bujumbura accused Kigali of backing the rebels.",
    date: "1996-01-01",
    expect: ["ACCUSE BDIGOV>RWAGOV"],
  },
  {
    text: "Police in Dar es Salaam arrested opposition leaders.",
    expect: ["COERCE TZACOP>TZAOPP"],
    never: ["PAKGOV", "PAK"],
  },
  { text: "The Pentagon accused Iran of supplying drones to Russia.", expect: ["ACCUSE USAMIL>IRN"] },
  // Bare "Foreign Office" is Britain's; another state's named before it is that state's.
  {
    text: "The Foreign Office summoned the Russian ambassador over the poisoning.",
    expect: ["ACCUSE GBRGOV>RUSGOV"],
  },
  {
    text: "The German Foreign Office summoned the Russian ambassador.",
    expect: ["ACCUSE DEUGOV>RUSGOV"],
    never: ["GBRGOV"],
  },
  {
    text: "Germany's Foreign Office summoned the Iranian ambassador.",
    expect: ["ACCUSE DEUGOV>IRNGOV"],
    never: ["GBRGOV"],
  },
  // One state's named institution after another state's name is that state's body of the same kind.
  {
    text: "The Canadian House of Commons condemned China.",
    expect: ["ACCUSE CANLEG>CHN"],
    never: ["GBRLEG"],
  },
  // Demonyms and titles without names.
  {
    text: "Iraqi troops killed 15 militants in an operation near Tikrit, the defence ministry said.",
    expect: ["ASSAULT IRQMIL>IRQREB"],
  },
  {
    text: "Burkinabe soldiers killed dozens of jihadists in the north of the country.",
    expect: ["ASSAULT BFAMIL>BFAREB"],
  },
  {
    text: "The foreign minister of Pakistan met his Indian counterpart in New York.",
    expect: ["CONSULT PAKGOV>INDGOV"],
  },
  {
    text: "Egypt's foreign minister met his Ethiopian counterpart in Addis Ababa.",
    expect: ["CONSULT EGYGOV>ETHGOV"],
  },
  {
    text: "Kenya's interior minister accused al-Shabaab of attacking a police convoy in Mandera.",
    expect: ["ACCUSE KENGOV>SOMREB"],
  },
  {
    text: "The Saudi crown prince received the Iraqi prime minister in Riyadh.",
    expect: ["CONSULT SAUGOV>IRQGOV"],
  },
  // One's counterpart holds the same kind of office in the other state.
  {
    text: "The Indonesian military chief met his Australian counterpart.",
    expect: ["CONSULT IDNMIL>AUSMIL"],
    never: ["AUSGOV"],
  },
  {
    text: "Turkey's intelligence chief met his Syrian counterpart in Moscow.",
    expect: ["CONSULT TURSPY>SYRSPY"],
  },
  { text: "Putin met his Turkish counterpart.", expect: ["CONSULT RUSGOV>TURGOV"] },
  {
    text: "Britain's foreign secretary urged Iran to release detained dual nationals.",
    expect: ["REQUEST GBRGOV>IRN"],
  },
  // International organisations and NGOs.
  {
    text: "The African Union suspended Niger after the coup.",
    date: "2023-08-22",
    expect: ["SANCTION IGOAFU>NER"],
  },
  {
    text: "Human Rights Watch accused Ethiopian forces of killing civilians in Tigray.",
    expect: ["ACCUSE IGOHRW>ETHMIL"],
  },
  {
    text: "Amnesty International urged Saudi Arabia to release women's rights activists.",
    expect: ["REQUEST IGOAMN>SAU"],
  },
  // British and American spellings name the same organisation; a state's own department keeps its spelling.
  {
    text: "The Organisation of American States suspended Honduras.",
    date: "2009-07-05",
    expect: ["SANCTION IGOOAS>HND"],
  },
  {
    text: "The Organisation for Security and Co-operation in Europe criticised the election in Belarus.",
    date: "2020-08-20",
    expect: ["ACCUSE IGOSCE>BLR"],
  },
  { text: "The Defence Department accused Iran of arming the rebels.", expect: [], never: ["USAMIL"] },
  // Armed groups, on the report's date.
  { text: "Hamas fired rockets at Tel Aviv on Saturday.", expect: ["ASSAULT PSEREB>ISR"] },
  {
    text: "PKK militants killed three Turkish soldiers in Hakkari province.",
    expect: ["ASSAULT TURREB>TURMIL"],
  },
  {
    text: "FARC rebels kidnapped two police officers in southern Colombia.",
    date: "2005-03-01",
    expect: ["ASSAULT COLREB>COLCOP"],
  },
  {
    text: "Tamil Tiger rebels attacked a navy base in Trincomalee.",
    date: "2006-05-11",
    expect: ["ASSAULT LKAREB>LKAMIL"],
  },
  {
    text: "Lashkar-e-Taiba militants attacked hotels in Mumbai.",
    date: "2008-11-27",
    expect: ["ASSAULT PAKREB>IND"],
  },
  {
    text: "Hezbollah leader Hassan Nasrallah threatened Israel with war.",
    date: "2019-08-25",
    expect: ["THREATEN LBNREB>ISR"],
  },
  // Herders, lawyers and worshippers are people of the place; prisoners exchanged are no party.
  { text: "Fulani herdsmen killed 30 farmers in Benue state.", expect: ["ASSAULT NGAAGR>NGAAGR"] },
  {
    text: "Lawyers in Lahore protested against the chief justice's dismissal.",
    date: "2007-03-15",
    expect: ["PROTEST PAKCVL>PAKJUD"],
  },
  { text: "Gunmen killed 15 worshippers at a mosque in Kano.", expect: ["ASSAULT NGAREB>NGACVL"] },
  {
    text: "Russia and Ukraine agreed to exchange 1,000 prisoners of war each.",
    date: "2025-05-16",
    expect: ["AGREE RUS>UKR", "AGREE UKR>RUS"],
    never: ["UKRCVL", "RUSCVL"],
  },
  // Leaders by surname in dated reports.
  {
    text: "Yeltsin met Clinton at the Kremlin on Tuesday.",
    date: "1995-05-10",
    expect: ["CONSULT RUSGOV>USAGOV"],
  },
  {
    text: "Arafat accused Netanyahu of destroying the peace process.",
    date: "1997-03-20",
    expect: ["ACCUSE PSEGOV>ISRGOV"],
  },
  { text: "Musharraf met Vajpayee in Agra.", date: "2001-07-15", expect: ["CONSULT PAKGOV>INDGOV"] },
  {
    text: "Sharif accused India of interfering in Pakistan's affairs.",
    date: "1991-05-01",
    expect: ["ACCUSE PAKGOV>IND"],
  },
  { text: "Demirel met Ozal in Ankara.", date: "1992-05-01", expect: ["CONSULT TURGOV>TURGOV"] },
  { text: "Yilmaz accused Greece of supporting the PKK.", date: "1998-03-01", expect: ["ACCUSE TURGOV>GRC"] },
  { text: "Holbrooke met Milosevic in Belgrade.", date: "1998-10-10", expect: ["CONSULT USAGOV>SRBGOV"] },
  { text: "Bolger criticised France over nuclear tests.", date: "1995-06-20", expect: ["ACCUSE NZLGOV>FRA"] },
  { text: "Dini met Chirac in Rome.", date: "1995-06-01", expect: ["CONSULT ITAGOV>FRAGOV"] },
  { text: "Kiriyenko met Chernomyrdin in Moscow.", date: "1998-05-01", expect: ["CONSULT RUSGOV>RUS"] },
  // A leader who later heads an organisation speaks for it in those years.
  {
    text: "Gaviria urged Haiti's military leaders to step down.",
    date: "1995-06-01",
    expect: ["REQUEST IGOOAS>HTIMIL"],
  },
  // A surname that is also a month, a title or an ordinary word names its holder only as a person in office.
  {
    text: "In May, Russia accused Ukraine of shelling.",
    date: "2017-06-01",
    expect: ["ACCUSE RUS>UKR"],
    never: ["GBRGOV"],
  },
  {
    text: "The Shah of Iran met Nixon.",
    date: "1973-06-01",
    expect: ["CONSULT IRNGOV>USAGOV"],
    never: ["IND"],
  },
  { text: "Fox reported that Iran had attacked the ship.", date: "2017-06-01", expect: [], never: ["MEX"] },
  // Parties are in government or opposition on the report's date.
  {
    text: "The BJP accused the Congress party of corruption.",
    date: "2010-05-01",
    expect: ["ACCUSE INDOPP>INDGOV"],
  },
  {
    text: "The BJP accused the Congress party of corruption.",
    date: "2018-05-01",
    expect: ["ACCUSE INDGOV>INDOPP"],
  },
  {
    text: "Likud leaders accused Rabin of endangering Israel.",
    date: "1995-05-01",
    expect: ["ACCUSE ISROPP>ISRGOV"],
  },
  {
    text: "The Kuomintang accused Chen Shui-bian of provoking Beijing.",
    date: "2004-05-01",
    expect: ["ACCUSE TWNOPP>TWNGOV"],
  },
  {
    text: "The Awami League government arrested leaders of the Bangladesh Nationalist Party.",
    date: "2023-10-29",
    expect: ["COERCE BGDGOV>BGDOPP"],
  },
  // Georgia the US state, and Georgia the republic.
  {
    text: "Georgia Governor Brian Kemp criticised the federal government.",
    date: "2021-01-05",
    expect: ["ACCUSE USAGOV>USAGOV"],
    never: ["GEOGOV"],
  },
  {
    text: "Senator Raphael Warnock of Georgia criticised the Supreme Court.",
    date: "2023-01-05",
    expect: ["ACCUSE USALEG>USAJUD"],
    never: ["GEOLEG"],
  },
  {
    text: "Atlanta police arrested protesters in Georgia.",
    date: "2020-05-30",
    expect: ["COERCE USACOP>USACVL"],
    never: ["GEOCOP"],
  },
  { text: "Georgia accused Russia of occupying its territory.", expect: ["ACCUSE GEO>RUS"] },
  {
    text: "Saakashvili, the head of state of Georgia, accused Moscow of aggression.",
    date: "2008-08-10",
    expect: ["ACCUSE GEOGOV>RUSGOV"],
  },
  // The two Koreas, whole or elided.
  {
    text: "North and South Korea agreed to reopen a military hotline.",
    date: "2018-01-09",
    expect: ["AGREE PRK>KOR", "AGREE KOR>PRK"],
  },
  {
    text: "South and North Korean officials met in Panmunjom.",
    date: "2018-04-09",
    expect: ["CONSULT KORGOV>PRKGOV", "CONSULT PRKGOV>KORGOV"],
  },
  {
    text: "The two Koreas agreed to reopen a hotline.",
    date: "2018-01-09",
    expect: ["AGREE PRK>KOR", "AGREE KOR>PRK"],
  },
  // Peoples named with the state they live in belong to that state.
  {
    // Kosovo was a province of Serbia until February 2008 (CAMEO's SRBKSV).
    text: "Kosovar Albanian leaders rejected the Serbian proposal.",
    date: "1998-06-01",
    expect: ["REJECT SRBGOV>SRB"],
    never: ["ALBGOV"],
  },
  {
    text: "Greek Cypriot police arrested two Turkish Cypriots.",
    date: "2004-04-24",
    expect: ["COERCE CYPCOP>CYP"],
    never: ["TUR"],
  },
  {
    text: "Greek and Turkish Cypriot leaders met UN envoy Alvaro de Soto.",
    date: "2004-04-24",
    expect: ["CONSULT CYPGOV>IGOUNO"],
    never: ["GRCGOV"],
  },
  {
    text: "Transnistrian authorities accused Moldova of blockading the region.",
    expect: ["ACCUSE MDAGOV>MDA"],
  },
  // Names 1990s copy gave the former Soviet republics and others.
  {
    text: "Kirghizia accused Tadzhikistan of sheltering rebels.",
    date: "1995-03-01",
    expect: ["ACCUSE KGZ>TJK"],
  },
  {
    text: "Byelorussia signed a customs union with Russia.",
    date: "1995-03-01",
    expect: ["SUPPORT BLR>RUS"],
  },
  {
    text: "Burkina accused Ivory Coast of backing the mutineers.",
    date: "2003-01-01",
    expect: ["ACCUSE BFA>CIV"],
  },
  {
    text: "Guinea Bissau recalled its ambassador from Senegal.",
    expect: ["SANCTION GNB>SEN"],
    never: ["GIN"],
  },
  // East Timor's people are Indonesia's before independence and Timor-Leste's after.
  {
    text: "Timorese activists accused Indonesian troops of killings.",
    date: "1995-03-01",
    expect: ["ACCUSE IDNCVL>IDNMIL"],
  },
  {
    text: "Timorese police arrested two Indonesian smugglers.",
    date: "2010-01-01",
    expect: ["COERCE TLSCOP>IDNCRM"],
  },
  // Bare "Korea" in news of the last decades is the South.
  { text: "Korea protested to Japan over the textbooks.", date: "2005-04-01", expect: ["ACCUSE KOR>JPN"] },
  // Towns and regions name their state.
  {
    text: "Eritrean troops killed civilians in Axum, Amnesty said.",
    date: "2021-02-26",
    expect: ["ASSAULT ERIMIL>ETHCVL"],
  },
  { text: "Ethiopia signed a port deal with Somaliland.", date: "2024-01-01", expect: ["SUPPORT ETH>SOM"] },
  // Leaders of earlier decades, named in later reports.
  { text: "Deng received Nixon in Beijing.", date: "1989-10-31", expect: ["CONSULT CHNGOV>USA"] },
  // Taiwan, Hong Kong, the Palestinian territories, Western Sahara.
  {
    text: "Taiwan accused China of sending warplanes into its air defence zone.",
    expect: ["ACCUSE TWN>CHN"],
  },
  {
    text: "Hong Kong police arrested pro-democracy activists.",
    date: "2020-08-10",
    expect: ["COERCE HKGCOP>HKGOPP"],
  },
  {
    text: "The Polisario Front accused Morocco of violating the ceasefire in Western Sahara.",
    expect: ["ACCUSE ESHREB>MAR"],
  },
];

runFullCodeCases("golden actor names in wire copy", cases);

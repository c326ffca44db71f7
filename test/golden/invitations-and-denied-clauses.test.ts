/**
 * Golden sentences on invitations told in the passive and on clauses denied or confirmed without
 * "that". A passive invitation names its inviter after "by", or implies the host it invites to ("was
 * invited to visit India"); an invitation to attend a summit is the inviter's act, not the invitee's
 * attendance. "Iran denied it had agreed to talks": the subject of the clause a verb of denying or
 * confirming takes is the clause's actor, not the verb's object. "Called off a summit" convenes
 * nothing. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";
import { runStatusCases, type StatusGolden } from "./status-runner.js";

const invitations: readonly Golden[] = [
  { text: "Trump has been invited to visit India.", expect: ["AGREE IND>USA"], exact: true },
  {
    text: "Trump has been invited by Prime Minister Narendra Modi to visit India.",
    expect: ["AGREE IND>USA"],
    exact: true,
  },
  {
    text: "The Philippine president was invited to Beijing for talks.",
    expect: ["AGREE CHN>PHL"],
    exact: true,
  },
  { text: "Kim has been invited to Moscow for a visit.", expect: ["AGREE RUS>PRK"], exact: true },
  { text: "Lula was invited by Xi to attend the summit.", expect: ["AGREE CHN>BRA"], exact: true },
  {
    text: "Putin invited Modi to attend a BRICS summit in Kazan.",
    expect: ["AGREE RUS>IND"],
    exact: true,
  },
  { text: "Trump was not invited to visit India.", expect: ["!AGREE IND>USA"], exact: true },
  { text: "Journalists were invited to visit the site.", expect: [], exact: true },
  // An invitation "to the summit" is the invitation; the summit is where the guest is asked.
  {
    text: "Qatar invited Zelensky to the Arab League summit in Doha.",
    expect: ["AGREE QAT>UKR"],
  },
];

const deniedClauses: readonly StatusGolden[] = [
  {
    text: "Iran denied it had agreed to talks with the United States.",
    why: "the clause's subject is Iran itself",
    event: "AGREE IRN>USA",
    status: "denied",
  },
  {
    text: "Russia denied it had carried out the strike.",
    why: "no 'that' before the denied clause",
    event: "ASSAULT RUS>-",
    status: "denied",
  },
  {
    text: "Pakistan denied it had shot down an Indian jet.",
    why: "no 'that' before the denied clause",
    event: "ASSAULT PAK>IND",
    status: "denied",
  },
  {
    text: "Turkey confirmed it had sent aid to Syria.",
    why: "no 'that' before the confirmed clause",
    event: "AID TUR>SYR",
    status: "confirmed",
  },
  {
    text: "The Kremlin confirmed Putin would meet Xi in Beijing next week.",
    why: "the one named after 'confirmed' is the clause's subject",
    event: "CONSULT RUS>CHN",
    status: "confirmed",
  },
  {
    text: "Israel neither confirmed nor denied that it had carried out the strike.",
    why: "each verb is withheld",
    event: "ASSAULT ISR>-",
    status: "unconfirmed",
  },
  {
    text: "Israel would neither confirm nor deny that it had carried out the strike.",
    why: "each verb is withheld",
    event: "ASSAULT ISR>-",
    status: "unconfirmed",
  },
  {
    text: "The White House did not confirm whether Kim had rejected the letter.",
    why: "a confirmation withheld leaves the claim unconfirmed, not an open question",
    event: "REJECT PRK>-",
    status: "unconfirmed",
  },
  {
    text: "Israel would neither confirm nor deny whether it had carried out the strike.",
    why: "'whether' after a withheld confirmation",
    event: "ASSAULT ISR>-",
    status: "unconfirmed",
  },
  {
    text: "Unconfirmed reports said Russia had sent troops to Belarus.",
    why: "the source itself is not confirmed, as 'according to unconfirmed reports' is not",
    event: "MOBILIZE RUS>BLR",
    status: "unconfirmed",
  },
  {
    text: "Reports said Russia had sent troops to Belarus.",
    why: "plain reports assert",
    event: "MOBILIZE RUS>BLR",
    status: "asserted",
  },
  {
    text: "Officials said they could not confirm that Kim had met Trump.",
    why: "a pronoun no actor stands for still withholds the confirmation",
    event: "CONSULT PRK>USA",
    status: "unconfirmed",
  },
  {
    text: "Kyiv and Moscow exchanged 95 prisoners each, the UAE said, confirming its mediation.",
    why: "'its mediation' is what is confirmed; 'its' is no speaker closing the sentence",
    event: "RETREAT UKR>RUS",
    status: "asserted",
    reporters: ["ARE"],
  },
  {
    text: "Kim Yo Jong rejected any talks with Washington. She said any attempt to deny North Korea's status as a nuclear state would be rejected.",
    why: "what an attempt would deny is no one's denial",
    event: "REJECT PRK>USA",
    status: "asserted",
  },
];

const calledOff: readonly Golden[] = [
  {
    text: "A summit between Trump and Putin in Budapest has been shelved, a White House official said.",
    expect: ["!CONSULT USA>RUS", "!CONSULT RUS>USA"],
    exact: true,
  },
  {
    text: "Xi and Putin spoke by video link on Friday, Chinese state media said.",
    expect: ["CONSULT CHN>RUS", "CONSULT RUS>CHN"],
    exact: true,
  },
  { text: "Seoul called off a planned summit with Tokyo.", expect: [], absent: ["CONSULT KOR>JPN"] },
  {
    text: "Kenya called for a meeting with Sudan's army chief.",
    expect: ["REQUEST KEN>SDN"],
    absent: ["CONSULT KEN>SDN"],
  },
];

runGoldenCases("golden sentences: passive invitations", invitations);
runStatusCases("golden sentences: clauses denied or confirmed without 'that'", deniedClauses);
runGoldenCases("golden sentences: meetings called off, called for, held by video", calledOff);

runGoldenCases("golden sentences: questions left open", [
  {
    text: "The ministry did not say whether Lavrov would visit Ankara.",
    expect: ["?CONSULT RUS>TUR"],
    exact: true,
  },
  { text: "It was not clear whether China would send aid.", expect: ["?AID CHN>-"], exact: true },
]);

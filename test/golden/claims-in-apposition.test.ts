/**
 * Golden reports whose status is told in an apposition or a second clause: "…, a claim Phnom Penh
 * disputed", "…, a claim that could not be verified", and a ", while Moscow said …" clause that
 * reports its own words, not the clause before it. Our own sentences.
 */
import { runStatusCases } from "./status-runner.js";

runStatusCases("claims judged in apposition", [
  {
    text: "Thailand's foreign ministry said it had handed a protest letter to the Cambodian ambassador, a claim Phnom Penh disputed.",
    why: "a claim disputed is denied",
    event: "CONSULT THA>KHM",
    status: "denied",
  },
  {
    text: "Cambodian troops fired on Thai soldiers, a claim Phnom Penh has rejected.",
    why: "a claim rejected is denied",
    event: "ASSAULT KHM>THA",
    status: "denied",
  },
  {
    text: "Russia said it had shot down 40 Ukrainian drones, a claim that could not be verified.",
    why: "an apposition that the claim could not be verified",
    event: "ASSAULT RUS>UKR",
    status: "unconfirmed",
    reporters: ["RUS"],
  },
  {
    text: "Iran said it had held talks with the IAEA, an assertion which could not be independently verified.",
    why: "an assertion, with 'which'",
    event: "CONSULT IRN>IGO",
    status: "unconfirmed",
  },
]);

runStatusCases("a second clause reports its own words", [
  {
    text: "Kyiv welcomed the offer, while Moscow said the Vatican was not a suitable venue.",
    why: "', while Moscow said' opens a clause of its own",
    event: "SUPPORT UKR>-",
    status: "asserted",
    reporters: [],
  },
  {
    text: "Kyiv welcomed the offer, but Moscow said it was studying it.",
    why: "', but Moscow said' opens a clause of its own",
    event: "SUPPORT UKR>-",
    status: "asserted",
    reporters: [],
  },
  {
    text: "Kyiv welcomed the offer, Moscow said.",
    why: "a closing attribution still reports the clause before it",
    event: "SUPPORT UKR>-",
    status: "asserted",
    reporters: ["RUSGOV"],
  },
  {
    text: "Russian forces said they had captured the village of Kurakhove, a claim Kyiv dismissed as propaganda.",
    why: "a claim dismissed as something, with a short complement after 'as'",
    event: "ASSAULT RUS>-",
    status: "denied",
  },
  {
    text: "Ethiopia accused Eritrea of arming rebel groups, charges Asmara dismissed as baseless.",
    why: "charges dismissed judge what they charge, not that they were made",
    event: "ACCUSE ETH>ERI",
    status: "asserted",
  },
  {
    text: "Serbia accused Kosovo of arming ethnic Albanian militants, which Pristina denied.",
    why: "a relative after a charge denies what it charges, not that it was made",
    event: "ACCUSE SRB>UNK",
    status: "asserted",
  },
  {
    text: "Azerbaijani forces shelled Armenian positions overnight, which Baku denied.",
    why: "a relative after an act with no charge denies the act",
    event: "ASSAULT AZE>ARM",
    status: "denied",
  },
  {
    text: "Pyongyang rejected the letter, Seoul said on Monday.",
    why: "a closing attribution with a time phrase",
    event: "REJECT PRK>-",
    status: "asserted",
    reporters: ["KORGOV"],
  },
]);

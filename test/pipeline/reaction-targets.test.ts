import { describe, expect, it } from "vitest";
import { briefEvents as brief } from "./brief-events.js";

describe("applyReactionTargets: a reaction to an act told before it is aimed at the act's doer", () => {
  it("aims criticism of a named act at whoever did it, sentences later", () => {
    const events = brief(
      "Russia launched a massive missile attack on Kyiv overnight. Air defences shot down most of the missiles, officials said. " +
        "The capital's mayor said two people were wounded. Poland condemned the attack as barbaric.",
    );
    expect(events).toContain("ACCUSE POL>RUS");
  });

  it("reads the act's kind when the reaction names it in other words", () => {
    expect(
      brief("North Korea fired two ballistic missiles into the sea. Tokyo condemned the launch."),
    ).toContain("ACCUSE JPN>PRK");
    expect(
      brief(
        "The European Union imposed sanctions on Iran on Thursday. Tehran denounced the measures as illegal.",
      ),
    ).toContain("ACCUSE IRN>");
    expect(
      brief("Washington imposed tariffs on Indian goods. India rejected the tariffs as unfair."),
    ).toContain("REJECT IND>USA");
  });

  it("aims concern voiced over an act at whoever did it, and leaves concern about nothing named untargeted", () => {
    // Concern (012) has no PLOVER event type, so it renders as "null".
    expect(
      brief(
        "China launched large-scale military drills around Taiwan. Japan expressed serious concern over the drills.",
      ),
    ).toEqual(["MOBILIZE CHN>TWN", "null JPN>CHN"]);
    expect(brief("Russia struck Kyiv. Japan expressed concern.")).toEqual(["ASSAULT RUS>UKR", "null JPN>"]);
  });

  it("aims judgement of a deal at the parties that made it", () => {
    const events = brief(
      "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China. Israel criticised the deal.",
    );
    expect(events).toContain("ACCUSE ISR>SAU");
    expect(events).toContain("ACCUSE ISR>IRN");
    expect(
      brief(
        "Armenia and Azerbaijan signed a peace agreement at the White House. Russia welcomed the agreement.",
      ),
    ).toContain("SUPPORT RUS>ARM");
  });

  it("aims the refusal of an invitation at whoever made it", () => {
    expect(brief("Zelensky invited Trump to visit Ukraine. Trump declined the invitation.")).toContain(
      "REJECT USA>UKR",
    );
  });

  it("aims praise of an offer at whoever made it", () => {
    expect(
      brief("Pyongyang offered to send a delegation to the Olympics. Seoul welcomed the offer."),
    ).toContain("SUPPORT KOR>PRK");
  });

  it("finds the act in the same sentence before the reaction", () => {
    expect(
      brief("Israeli troops raided the Jenin camp on Thursday, and Hamas condemned the raid."),
    ).toContain("ACCUSE PSE>ISR");
  });

  it("aims no reaction at the judge's own act, nor at an act too far back for a word that fits any act", () => {
    expect(brief("Israel struck targets in Lebanon. Israel defended the strikes.")).not.toContain(
      "SUPPORT ISR>ISR",
    );
    const far = brief(
      "Venezuela suspended flights to Colombia. The airline said it had cancelled 40 flights. " +
        "Passengers were stranded at the airport for hours. Officials in Bogota criticised the decision.",
    );
    expect(far).not.toContain("ACCUSE COL>VEN");
  });

  it("aims criticism that an apposed act drew at whoever did it", () => {
    expect(brief("Modi visited Russia in July, a trip that drew criticism from Zelenskiy.")).toContain(
      "ACCUSE UKR>IND",
    );
    expect(brief("Russia struck Kyiv overnight, an attack that drew condemnation from Poland.")).toContain(
      "ACCUSE POL>RUS",
    );
  });

  it("leaves a reaction with a party of its own as it was", () => {
    expect(brief("Russia struck Kyiv overnight. Germany condemned Russia's attack on Ukraine.")).toContain(
      "ACCUSE DEU>RUS",
    );
  });
});

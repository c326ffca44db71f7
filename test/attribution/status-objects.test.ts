import { describe, expect, it } from "vitest";
import { ownedClaimObject, ownershipClaim, reportObject } from "../../src/attribution/status-objects.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const tokensOf = (text: string) => analyser.analyse(text)[0]!.tokens;
const at = (text: string, word: string) => tokensOf(text).findIndex((t) => t.lower === word);

describe("ownershipClaim: a claim to own something, not a report", () => {
  it("reads 'claim to' and 'claims over' a thing, and 'territorial claims', as claims to own", () => {
    const to = "Indonesia rejected China's claim to the waters.";
    expect(ownershipClaim(tokensOf(to), at(to, "claim"))).toBe(true);
    const over = "Manila dismissed China's claims over the shoal.";
    expect(ownershipClaim(tokensOf(over), at(over, "claims"))).toBe(true);
    const territorial = "Vietnam rejected Beijing's territorial claims.";
    expect(ownershipClaim(tokensOf(territorial), at(territorial, "claims"))).toBe(true);
  });

  it("leaves claims that say something to the report rules", () => {
    const said = "Kyiv rejected the claim that it shelled the plant.";
    expect(ownershipClaim(tokensOf(said), at(said, "claim"))).toBe(false);
    const toHave = "Moscow rejected claims to have shot down the drone.";
    expect(ownershipClaim(tokensOf(toHave), at(toHave, "claims"))).toBe(false);
  });

  it("keeps a claim to own out of the report objects that a rejection denies", () => {
    expect(reportObject(tokensOf("Israel rejected the claim as propaganda."), 2)).toBe(true);
    expect(reportObject(tokensOf("India rejected China's claim to Arunachal Pradesh."), 2)).toBe(false);
    expect(ownedClaimObject(tokensOf("Manila dismissed China's territorial claims over the shoal."), 2)).toBe(
      true,
    );
    expect(ownedClaimObject(tokensOf("Moscow dismissed the claims as lies."), 2)).toBe(false);
  });
});

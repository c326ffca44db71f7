import { describe, expect, it } from "vitest";
import { regionEntries } from "../../src/actors/region-names.js";

const alpha2 = { USA: "US", IND: "IN", PAK: "PK", RUS: "RU", NGA: "NG" };
const namesOf = (code: string, entries: ReturnType<typeof regionEntries>) =>
  entries.find((e) => e.code === code)?.names ?? [];

describe("regionEntries", () => {
  it("reads a selected country's regions as places of that country", () => {
    const entries = regionEntries({ countries: ["USA"] }, alpha2, () => false);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: "place:subdivision-usa", code: "USA", kind: "place", country: "USA" });
    expect(entries[0]!.names).toContain("South Carolina");
    expect(entries[0]!.names).toContain("Texas");
  });

  it("leaves out a name two countries share", () => {
    const entries = regionEntries({ countries: ["IND", "PAK"] }, alpha2, () => false);
    expect(namesOf("IND", entries)).toContain("Kerala");
    expect(namesOf("PAK", entries)).toContain("Balochistan");
    expect(namesOf("IND", entries)).not.toContain("Punjab");
    expect(namesOf("PAK", entries)).not.toContain("Punjab");
  });

  it("leaves out names the knowledge base already knows and names the dictionaries exclude", () => {
    const taken = (name: string) => name === "Georgia" || name === "Washington";
    const entries = regionEntries({ countries: ["USA", "NGA"], exclude: ["Rivers", "delta"] }, alpha2, taken);
    expect(namesOf("USA", entries)).not.toContain("Georgia");
    expect(namesOf("USA", entries)).not.toContain("Washington");
    expect(namesOf("NGA", entries)).not.toContain("Rivers");
    expect(namesOf("NGA", entries)).not.toContain("Delta");
    expect(namesOf("NGA", entries)).toContain("Borno");
  });

  it("adds the short form of a name with a listed suffix or prefix", () => {
    const entries = regionEntries(
      { countries: ["RUS"], suffixes: ["Oblast"], prefixes: ["Republic of"] },
      alpha2,
      () => false,
    );
    const names = namesOf("RUS", entries);
    expect(names).toContain("Belgorod Oblast");
    expect(names).toContain("Belgorod");
    expect(names).toContain("Dagestan");
  });

  it("skips a country it cannot map to the package", () => {
    expect(regionEntries({ countries: ["XXX"] }, alpha2, () => false)).toEqual([]);
  });
});

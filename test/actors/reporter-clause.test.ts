import { describe, expect, it } from "vitest";
import { reporterClause } from "../../src/actors/reporter-clause.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const clauseOf = (text: string) => {
  const tokens = analyser.analyse(text)[0]!.tokens;
  const span = reporterClause(tokens);
  return span
    ? tokens
        .slice(span[0], span[1])
        .map((t) => t.text)
        .join(" ")
    : null;
};

describe("reporterClause", () => {
  it("finds a closing clause whose only verb reports", () => {
    expect(clauseOf("Rebels attacked the town, relief officials in Nairobi said.")).toBe(
      ", relief officials in Nairobi said .",
    );
    expect(clauseOf("Rebels attacked the town, said a diplomat based in Kampala.")).toBe(
      ", said a diplomat based in Kampala .",
    );
  });

  it("finds the subject and verb of a sentence that opens by reporting", () => {
    expect(clauseOf("Relief officials in Nairobi said rebels had shelled the town.")).toBe(
      "Relief officials in Nairobi said",
    );
    expect(clauseOf("Rebels in the north said they would attack the town.")).toBe("Rebels in the north said");
    expect(clauseOf("Troops shelled the town, killing five.")).toBeNull();
  });

  it("finds an opening or closing 'according to' phrase", () => {
    expect(clauseOf("According to aid workers in Nairobi, rebels looted the town.")).toBe(
      "According to aid workers in Nairobi",
    );
    expect(clauseOf("Rebels looted the town, according to aid workers in Nairobi.")).toBe(
      ", according to aid workers in Nairobi .",
    );
  });

  it("finds none where the last piece reports more or does something else", () => {
    expect(clauseOf("Rebels attacked the town, officials said, adding that five died.")).toBeNull();
    expect(clauseOf("Rebels attacked the town, killing five people in Gulu.")).toBeNull();
    expect(clauseOf("Rebels attacked the town.")).toBeNull();
  });
});

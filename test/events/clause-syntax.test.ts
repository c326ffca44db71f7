import { describe, expect, it } from "vitest";
import { buildActorLexicon } from "../../src/actors/actor-lexicon.js";
import { recognizeActors } from "../../src/actors/actor-recognizer.js";
import { findAgent, findPossessor } from "../../src/events/agent-finder.js";
import { SentenceSyntax } from "../../src/events/clause-syntax.js";
import { withFollowingCoordinated } from "../../src/events/coordinated-actors.js";
import { findObject } from "../../src/events/object-finder.js";
import { isPassive } from "../../src/events/passive-clause.js";
import { relativeClauses } from "../../src/events/relative-clauses.js";
import { findSubject } from "../../src/events/subject-finder.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";
import { miniDictionaries } from "../fixtures/mini-dictionaries.js";

const analyser = createWinkAnalyser();
const lexicon = buildActorLexicon(miniDictionaries(), analyser);

/** The syntax of the text's first sentence, with nothing excluded. */
function syntaxOf(text: string): SentenceSyntax {
  const sentence = analyser.analyse(text)[0]!;
  return new SentenceSyntax(sentence, recognizeActors(sentence, lexicon, "2025-06-12"), new Set());
}

const at = (syntax: SentenceSyntax, word: string) => syntax.tokens.findIndex((t) => t.lower === word);
const texts = (mentions: readonly { readonly text: string }[]) => mentions.map((m) => m.text);

describe("clause syntax", () => {
  it("finds a verb's subject and object", () => {
    const syntax = syntaxOf("North Korea rejected the letter from Washington.");
    const verb = at(syntax, "rejected");
    expect(texts(findSubject(syntax, verb))).toEqual(["North Korea"]);
    expect(texts(findObject(syntax, verb + 1))).toEqual(["Washington"]);
  });

  it('finds the subject of a clause that "as" opens, past its article', () => {
    const syntax = syntaxOf("Tension rose as the North Korean leader rejected the letter.");
    expect(texts(findSubject(syntax, at(syntax, "rejected")))).toEqual(["North Korean leader"]);
  });

  it("finds a passive and its agent", () => {
    const syntax = syntaxOf("North Korea was attacked by Washington.");
    const verb = at(syntax, "attacked");
    expect(isPassive(syntax, verb)).toBe(true);
    expect(texts(findAgent(syntax, verb + 1))).toEqual(["Washington"]);
    expect(isPassive(syntaxOf("Washington attacked North Korea."), 1)).toBe(false);
  });

  it("keeps a closed list of coordinated actors together", () => {
    const syntax = syntaxOf("Trump held talks with Moscow and Pyongyang.");
    const first = syntax.startingAt(at(syntax, "moscow"))!;
    expect(texts(withFollowingCoordinated(syntax, first))).toEqual(["Moscow", "Pyongyang"]);
  });

  it("joins an actor to a list across its own modifiers", () => {
    const following = syntaxOf("Trump held talks with Moscow and hardline Pyongyang.");
    const first = following.startingAt(at(following, "moscow"))!;
    expect(texts(withFollowingCoordinated(following, first))).toEqual(["Moscow", "Pyongyang"]);
    const subject = syntaxOf("Moscow and hardline Pyongyang rejected the letter.");
    expect(texts(findSubject(subject, at(subject, "rejected")))).toEqual(["Moscow", "Pyongyang"]);
  });

  it("finds no object in the subject of a new clause after a conjunction", () => {
    const syntax = syntaxOf("Moscow condemned the launch, and Pyongyang rejected the letter.");
    expect(texts(findObject(syntax, at(syntax, "condemned") + 1))).toEqual([]);
    const plain = syntaxOf("Moscow condemned the launch and Pyongyang's letter.");
    expect(texts(findObject(plain, at(plain, "condemned") + 1))).toEqual(["Pyongyang"]);
  });

  it("finds the owner of an event noun", () => {
    const syntax = syntaxOf("Washington rejected Pyongyang's offer.");
    expect(texts(findPossessor(syntax, at(syntax, "offer")))).toEqual(["Pyongyang"]);
    const led = syntaxOf("Seoul condemned the Pyongyang-led attack.");
    expect(texts(findPossessor(led, at(led, "attack")))).toEqual(["Pyongyang"]);
    const backed = syntaxOf("Seoul condemned the Pyongyang-backed attack.");
    expect(texts(findPossessor(backed, at(backed, "attack")))).toEqual([]);
  });

  it("marks a relative clause, whose actors do not join the main clause", () => {
    const syntax = syntaxOf("Kim, who met Trump, rejected the letter.");
    expect(relativeClauses(syntax.tokens)).toEqual([[2, 5]]);
    expect(syntax.insideRelative(at(syntax, "met"))).toEqual([2, 5]);
    expect(texts(findSubject(syntax, at(syntax, "rejected")))).toEqual(["Kim"]);
  });

  it('reads "at" after a word of feeling as what it answers, not as a place', () => {
    const felt = syntaxOf("China voiced anger at Washington over the sale.");
    const placed = syntaxOf("China held talks at Washington on Monday.");
    const washington = (syntax: SentenceSyntax) => syntax.mentions.find((m) => m.text === "Washington")!;
    expect(felt.isLocative(washington(felt))).toBe(false);
    expect(placed.isLocative(washington(placed))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { buildActorLexicon } from "../../src/actors/actor-lexicon.js";
import { recognizeActors } from "../../src/actors/actor-recognizer.js";
import { speakerBefore, speakerBeforePronoun } from "../../src/attribution/frame-speakers.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";
import { miniDictionaries } from "../fixtures/mini-dictionaries.js";

const analyser = createWinkAnalyser();
const lexicon = buildActorLexicon(miniDictionaries(), analyser);

function parts(text: string) {
  const sentence = analyser.analyse(text)[0]!;
  const mentions = recognizeActors(sentence, lexicon, "2025-06-12");
  const verb = sentence.tokens.findIndex((t) => t.lower === "said");
  return { tokens: sentence.tokens, mentions, verb };
}

describe("frame speakers", () => {
  it("finds the speaker right before the verb", () => {
    const { tokens, mentions, verb } = parts("Seoul said the talks had failed.");
    const endingAt = new Map(mentions.map((m) => [m.span.end, m]));
    expect(speakerBefore(tokens, verb, endingAt)?.text).toBe("Seoul");
  });

  it('takes the subject pushed from "said they" by its modifiers as the speaker', () => {
    const { tokens, mentions, verb } = parts("Troops loyal to the new military junta said they had left.");
    expect(speakerBeforePronoun(tokens, mentions, verb, verb)?.text).toBe("Troops");
  });

  it("finds no such speaker when a comma stands before the verb or no pronoun follows it", () => {
    const comma = parts("The talks failed, said troops loyal to the junta.");
    expect(speakerBeforePronoun(comma.tokens, comma.mentions, comma.verb, comma.verb)).toBeNull();
    const noun = parts("Troops loyal to the junta said the talks had failed.");
    expect(speakerBeforePronoun(noun.tokens, noun.mentions, noun.verb, noun.verb)).toBeNull();
  });

  it("takes the speaker, not the place where it speaks, before the verb", () => {
    const { tokens, mentions, verb } = parts("Troops in Seoul said the talks had failed.");
    const endingAt = new Map(mentions.map((m) => [m.span.end, m]));
    expect(speakerBefore(tokens, verb, endingAt)?.text).toBe("Troops");
  });
});

/**
 * A generated news corpus for the crash test and the benchmarks: short reports between random
 * pairs of states, each made of sentences drawn from many templates, so that unrelated articles
 * share few word shingles and only deliberate republications are near-duplicates.
 *
 * @example
 * for (const article of generatedArticles(1000, 42)) write(article);
 */

/** One generated article, in Parley's JSON article shape. @example { id: "gen-1", date: "2024-03-01", outlet: "Wire 3", text } */
export interface GeneratedArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly date: string;
  readonly text: string;
}

// biome-ignore format: data
const STATES = [
  ["the United States", "Washington", "US"], ["North Korea", "Pyongyang", "North Korean"], ["South Korea", "Seoul", "South Korean"],
  ["China", "Beijing", "Chinese"], ["Russia", "Moscow", "Russian"], ["Ukraine", "Kyiv", "Ukrainian"], ["Japan", "Tokyo", "Japanese"],
  ["Iran", "Tehran", "Iranian"], ["India", "New Delhi", "Indian"], ["Pakistan", "Islamabad", "Pakistani"], ["the Philippines", "Manila", "Philippine"],
  ["France", "Paris", "French"], ["Germany", "Berlin", "German"], ["Turkey", "Ankara", "Turkish"], ["Israel", "Jerusalem", "Israeli"],
  ["Egypt", "Cairo", "Egyptian"], ["Brazil", "Brasilia", "Brazilian"], ["Mexico", "Mexico City", "Mexican"], ["Poland", "Warsaw", "Polish"],
  ["Vietnam", "Hanoi", "Vietnamese"],
] as const;

// biome-ignore format: data
const TEMPLATES = [
  "{A} accused {B} of violating the agreement on {topic}.",
  "{a} officials met their {b} counterparts in {capB} on {weekday} to discuss {topic}.",
  "{A} rejected a proposal from {B} to hold talks on {topic}.",
  "The foreign minister of {A} said {capA} was ready to resume dialogue with {B}.",
  "{A} imposed new sanctions on {B} over {topic}, officials said.",
  "{A} threatened to retaliate if {B} pressed ahead with {topic}.",
  "{A} and {B} signed an agreement on {topic} after {n} rounds of negotiations.",
  "{A} sent an envoy to {capB} with a letter for the {b} leader.",
  "{A} condemned the {b} decision on {topic} as a dangerous escalation.",
  "{A} praised {B} for its help with {topic}.",
  "{A} expelled {n} {b} diplomats, the foreign ministry said.",
  "{A} offered humanitarian aid to {B} after the floods.",
  "{A} called on {B} to return to negotiations on {topic}.",
  "Troops from {A} attacked positions held by {B} near the border, killing {n} people.",
  "{A} denied reports that it had supplied weapons to {B}.",
  "{A} recalled its ambassador from {capB} in protest over {topic}.",
  "Leaders of {A} and {B} spoke by telephone for {n} minutes about {topic}.",
  "{A} welcomed the release of {n} prisoners by {B}.",
  "{A} warned {B} against any provocation during the exercises.",
  "{A} agreed to host a summit with {B} later this year.",
  "A spokesman in {capA} said the talks with {B} had been constructive.",
  "{A} protested to {B} over the treatment of its fishermen.",
  "{A} demanded that {B} withdraw its forces from the disputed area.",
  "{A} pledged to invest {n} million dollars in {b} ports.",
];

// biome-ignore format: data
const TOPICS = [
  "fishing rights", "the nuclear programme", "border security", "grain exports", "a prisoner exchange", "the pipeline project",
  "airspace violations", "the trade deficit", "refugee returns", "missile tests", "the ceasefire line", "energy prices",
  "cyber attacks", "maritime patrols", "visa rules", "the water treaty", "election interference", "arms control",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** A seeded PRNG (mulberry32) returning numbers in [0, 1). @example const next = prng(7); next() */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Generates `count` articles deterministically from `seed`; dates run over 2015–2025.
 * @example [...generatedArticles(3, 1)].length // 3
 */
export function* generatedArticles(count: number, seed = 1): Generator<GeneratedArticle> {
  // Seeded, so every run generates the same corpus.
  const next = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (let i = 0; i < count; i++) {
    const a = pick(STATES);
    let b = pick(STATES);
    while (b === a) b = pick(STATES);
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 4000) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const sentences: string[] = [];
    const used = new Set<number>();
    const length = 3 + Math.floor(next() * 3);
    while (sentences.length < length) {
      const t = Math.floor(next() * TEMPLATES.length);
      if (used.has(t)) continue;
      used.add(t);
      const [x, y] = next() < 0.5 ? [a, b] : [b, a];
      const sentence = TEMPLATES[t]!.replace(/\{A\}/g, x[0])
        .replace(/\{B\}/g, y[0])
        .replace(/\{a\}/g, x[2])
        .replace(/\{b\}/g, y[2])
        .replace(/\{capA\}/g, x[1])
        .replace(/\{capB\}/g, y[1])
        .replace(/\{topic\}/g, pick(TOPICS))
        .replace(/\{weekday\}/g, pick(WEEKDAYS))
        .replace(/\{n\}/g, String(2 + Math.floor(next() * 97)));
      sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
    }
    sentences.push(`Report number ${i} from desk ${Math.floor(next() * 1e9).toString(36)}.`);
    yield {
      id: `gen-${seed}-${i}`,
      title: `${a[0]} and ${b[0]}: report ${i}`,
      outlet: `Generated Wire ${1 + Math.floor(next() * 12)}`,
      date: day,
      text: sentences.join(" "),
    };
  }
}

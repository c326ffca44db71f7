/**
 * British and American spellings of the words organisations and agent nouns are named with: AFP
 * writes "Organisation of American States", "World Food Programme" and "defence ministry" where
 * the dictionary may hold the other spelling, and both name the same body.
 *
 * @example
 * spellingVariant("Organization of American States"); // "Organisation of American States"
 */

// Each word with its other spelling, in both directions; whole words only ("Programmes" is left alone).
const OTHER_SPELLING: ReadonlyMap<string, string> = new Map(
  [
    ["Organization", "Organisation"],
    ["Organizations", "Organisations"],
    ["Defense", "Defence"],
    ["Program", "Programme"],
    ["Center", "Centre"],
  ].flatMap(([a, b]) => {
    const lower = [a!.toLowerCase(), b!.toLowerCase()];
    return [
      [a!, b!],
      [b!, a!],
      [lower[0]!, lower[1]!],
      [lower[1]!, lower[0]!],
    ];
  }),
);
const WORDS = new RegExp(`\\b(${[...OTHER_SPELLING.keys()].join("|")})\\b`, "g");

/**
 * The name with each such word in its other spelling, or null when it has none.
 * @example spellingVariant("air defense") // "air defence"
 */
export function spellingVariant(name: string): string | null {
  const variant = name.replace(WORDS, (w) => OTHER_SPELLING.get(w) ?? w);
  return variant === name ? null : variant;
}

// The body an organisation's name begins with, and that body's possessive: "UN" → "UN's".
const OWNER_PREFIX = /^(UN|U\.N\.|United Nations) (?=\S)/;

/**
 * The possessive form of an organisation's name that begins with its parent body, as wire copy also
 * writes it ("the UN's nuclear watchdog", "the United Nations' refugee agency"), or null.
 * @example possessiveVariant("UN nuclear watchdog"); // "UN's nuclear watchdog"
 */
export function possessiveVariant(name: string): string | null {
  const m = OWNER_PREFIX.exec(name);
  if (!m) return null;
  const owner = m[1]!;
  return `${owner}${owner.endsWith("s") ? "'" : "'s"} ${name.slice(m[0].length)}`;
}

/**
 * The nouns of force, in one place: acts of force and the weapons, craft and armed men they are
 * done with. The sets that read agents of strikes ("killed in a Russian missile strike"), the one
 * who fired ("by Hezbollah fire"), armed attackers ("came under fire from Chinese ships") and the
 * weapon a killing was done with ("Russian shelling killed") are built from these groups, so that a
 * weapon added to one is known to all.
 *
 * @example
 * STRIKE_NOUNS.has("airstrike"); // true
 */

/** Artillery and its fire, CAMEO 194: "Russian shelling", "tank fire". @example ARTILLERY_NOUNS.has("mortar") // true */
export const ARTILLERY_NOUNS: ReadonlySet<string> = new Set([
  "shelling",
  "shell",
  "artillery",
  "mortar",
  "howitzer",
  "tank",
  "barrage",
]);
/** Aerial weapons and the craft that carry them, CAMEO 195. @example AERIAL_NOUNS.has("drone") // true */
export const AERIAL_NOUNS: ReadonlySet<string> = new Set([
  "airstrike",
  "drone",
  "missile",
  "rocket",
  "warplane",
  "jet",
  "helicopter",
]);
/** Small arms and their fire, CAMEO 193. @example SMALL_ARMS_NOUNS.has("sniper") // true */
export const SMALL_ARMS_NOUNS: ReadonlySet<string> = new Set(["gunfire", "sniper", "bullet"]);
// Acts of force named by their noun: "an Israeli strike", "a Russian offensive".
const FORCE_ACTS: readonly string[] = [
  "strike",
  "attack",
  "raid",
  "bombardment",
  "bombing",
  "bomb",
  "offensive",
  "ambush",
  "assault",
  "incursion",
  "fire",
  // "Israeli air strikes": the modifier of the strike.
  "air",
];
// Craft an actor acts through: "rammed by a Chinese coast guard ship".
const CRAFT: readonly string[] = [
  "ship",
  "vessel",
  "boat",
  "warship",
  "gunboat",
  "frigate",
  "destroyer",
  "submarine",
  "aircraft",
  "plane",
];
// Armed men, who head a phrase of the ones who fought: "Cambodian troops", "Houthi militants".
const ARMED_MEN: readonly string[] = [
  "troop",
  "force",
  "soldier",
  "army",
  "navy",
  "militant",
  "gunman",
  "fighter",
  "rebel",
  "insurgent",
  "militia",
  "jihadist",
  "paramilitary",
];

/** Acts of force and their weapons, whose national modifier struck: "killed in a Russian missile strike". @example STRIKE_NOUNS.has("shelling") // true */
export const STRIKE_NOUNS: ReadonlySet<string> = new Set([
  ...FORCE_ACTS,
  ...ARTILLERY_NOUNS,
  ...AERIAL_NOUNS,
  ...SMALL_ARMS_NOUNS,
]);
/** An actor's fire, weapons and craft, whose modifier after "by" is the one who struck: "by Hezbollah fire", "by a Chinese ship". @example FIRE_NOUNS.has("vessel") // true */
export const FIRE_NOUNS: ReadonlySet<string> = new Set([...STRIKE_NOUNS, ...CRAFT, "gunman"]);
/** Heads of a phrase naming armed men or their arms: "Cambodian troops", "Chinese ships", "Houthi drones". @example ARMED_HEADS.has("warship") // true */
export const ARMED_HEADS: ReadonlySet<string> = new Set([
  ...ARMED_MEN,
  ...ARTILLERY_NOUNS,
  ...AERIAL_NOUNS,
  ...SMALL_ARMS_NOUNS,
  ...CRAFT,
]);
/** Craft and war machines an actor acts through, whose phrase is the actor's: "Chinese coast guard vessels blocked", "Russian warplanes bombed". @example ACTING_CRAFT.has("drone") // true */
export const ACTING_CRAFT: ReadonlySet<string> = new Set([
  ...CRAFT,
  "jet",
  "warplane",
  "helicopter",
  "drone",
  "tank",
]);

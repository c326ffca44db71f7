/**
 * CAMEO sectors that belong to a state: who acts for it, and whom it moves.
 *
 * @example
 * STATE_SECTORS.has("JUD"); // true: the courts act for the state, as its government and army do
 */

/** The state's own organs: government, army, police, legislature, courts, intelligence. @example STATE_SECTORS.has("SPY") // true */
export const STATE_SECTORS: ReadonlySet<string> = new Set(["GOV", "MIL", "COP", "LEG", "JUD", "SPY"]);

/** The people a state sends or moves: its army, its police, its officials and envoys. @example FORCE_SECTORS.has("COP") // true */
export const FORCE_SECTORS: ReadonlySet<string> = new Set(["MIL", "COP", "GOV"]);

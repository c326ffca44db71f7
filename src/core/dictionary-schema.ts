/**
 * Schemas of the data under `dictionaries/`. Every file is validated at load; an error names the
 * file, the entry and the field.
 *
 * @example
 * const file = actorFileSchema.parse(JSON.parse(text));
 */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected yyyy-mm-dd");
const countryCode = z.string().regex(/^[A-Z]{3}$/, "expected a 3-letter code such as USA");
const sectorCode = z.string().regex(/^[A-Z]{3}$/, "expected a 3-letter sector code such as GOV");
const actorCode = z.string().regex(/^[A-Z]{3,12}$/, "expected an upper-case CAMEO actor code");
const names = z.array(z.string().min(1)).min(1);

/** A dated role of an organisation: the sector (and country) it holds between two dates (the Taliban governed 1996–2001). @example { sector: "GOV", from: "2021-08-15" } */
export const organizationRoleSchema = z.strictObject({
  sector: sectorCode,
  /** When the organisation changed state with its role ("SPLM": Sudan, then South Sudan). */
  country: countryCode.optional(),
  from: isoDate,
  to: isoDate.nullable().optional(),
  note: z.string().optional(),
});

/** A named organisation, group, outlet or place. @example { id: "igo:un", code: "IGOUNO", kind: "igo", names: ["United Nations", "UN"] } */
export const organizationEntrySchema = z.strictObject({
  id: z.string().min(1),
  code: actorCode,
  kind: z.enum(["igo", "group", "media", "place"]),
  country: countryCode.nullable().optional(),
  sector: sectorCode.nullable().optional(),
  names,
  /** Names that only match with this exact capitalisation (acronyms such as "AP" or "WHO"). */
  caseSensitive: z.array(z.string().min(1)).optional(),
  /** Dated sectors that replace `sector` between their dates; `code` and `sector` hold outside them. */
  roles: z.array(organizationRoleSchema).optional(),
  /** From this day on, texts no longer use the names for this entry (bare "IRA" names a US law from August 2022). */
  until: isoDate.optional(),
  note: z.string().optional(),
});

/** A file of organisations: IGOs, armed groups, media, seats of power. @example { entries: [...] } */
export const actorFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  entries: z.array(organizationEntrySchema),
});

/** A sector agent: a noun that gives a sector ("minister" → GOV). @example { id: "agent:minister", sector: "GOV", names: ["minister", "ministers"], title: true } */
export const agentEntrySchema = z.strictObject({
  id: z.string().min(1),
  sector: sectorCode,
  names,
  /** True when the noun can stand before a personal name ("President Trump"). */
  title: z.boolean().optional(),
  /** True for nouns that name a group of people ("protesters", "troops"). */
  plural: z.boolean().optional(),
  /** The state the agent always serves, whoever holds the office: the pope is the Holy See's. */
  country: countryCode.optional(),
  /**
   * True for nouns that name an actor only after a state or organisation: "Saudi agents", "a UN
   * panel"; "chemical agents" and "a panel discussion" are none.
   */
  needsOwner: z.boolean().optional(),
  note: z.string().optional(),
});

/** A file of sector agents. @example { entries: [{ id: "agent:police", sector: "COP", names: ["police"] }] } */
export const agentFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  entries: z.array(agentEntrySchema),
});

/** A time-bounded role: the actor code a person carries between two dates. @example { country: "USA", sector: "GOV", title: "President", from: "2017-01-20", to: "2021-01-20" } */
export const roleSchema = z.strictObject({
  country: countryCode,
  sector: sectorCode,
  title: z.string().min(1),
  from: isoDate,
  to: isoDate.nullable().optional(),
});

/** A named person with roles over time. @example { id: "person:kim-jong-un", names: ["Kim Jong Un"], shortNames: ["Kim"], roles: [...] } */
export const personEntrySchema = z.strictObject({
  id: z.string().regex(/^person:[a-z0-9-]+$/, "expected person:kebab-case-name"),
  names,
  /** Short forms that resolve only after the full name appeared in the article ("Kim", "Leavitt"). */
  shortNames: z.array(z.string().min(1)).optional(),
  gender: z.enum(["f", "m"]).optional(),
  /** Country and sector to use outside every dated role (before the first, after the last). */
  country: countryCode.optional(),
  roles: z.array(roleSchema).min(1),
});

/** A file of people. @example { entries: [{ id: "person:karoline-leavitt", ... }] } */
export const peopleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  entries: z.array(personEntrySchema),
});

/** Extra names for a country that the country package lacks ("Britain", "U.S."). @example { country: "GBR", names: ["Britain"] } */
export const countryAliasSchema = z.strictObject({
  country: countryCode,
  names: z.array(z.string().min(1)).optional(),
  demonyms: z.array(z.string().min(1)).optional(),
  caseSensitive: z.array(z.string().min(1)).optional(),
  /** Seats of power and capitals that stand for the government ("the Kremlin", "Pyongyang"). */
  metonyms: z.array(z.string().min(1)).optional(),
  /** Before `since`, the state's names, people and capital belong to `formerly` (Juba was Sudan's before 2011). */
  since: isoDate.optional(),
  formerly: countryCode.optional(),
});

/** A file of country aliases. @example { entries: [{ country: "USA", names: ["America"] }] } */
export const countryAliasFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  entries: z.array(countryAliasSchema),
});

/** The 16 PLOVER event types, in codebook order. @example ploverTypeSchema.parse("REJECT") */
export const ploverTypeSchema = z.enum([
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "COOPERATE",
  "AID",
  "CONCEDE",
  "RETREAT",
  "ACCUSE",
  "REQUEST",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "MOBILIZE",
  "SANCTION",
  "COERCE",
  "ASSAULT",
]);

/** One CAMEO code with its PLOVER mapping, Goldstein value and QuadClass. @example { code: "036", name: "Express intent to meet or negotiate", plover: "AGREE", goldstein: 4, quadClass: 1 } */
export const cameoCodeSchema = z.strictObject({
  code: z.string().regex(/^\d{2,4}$/, "expected a CAMEO code such as 036"),
  name: z.string().min(1),
  plover: ploverTypeSchema.nullable(),
  mode: z.string().nullable().optional(),
  context: z.string().nullable().optional(),
  goldstein: z.number().min(-10).max(10),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** The code for the same act announced rather than done ("will provide aid" → 033; "will attack" → 138). */
  intent: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
  /** The code for refusing the act ("will not accept refugees" → 121; "refused to meet" → 125). */
  refusal: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
});

/**
 * Which countries' first-level regions (states, provinces, oblasts) come from the region package,
 * and which of their names to leave out because they are ordinary words.
 * @example { countries: ["USA", "IND"], exclude: ["Delta"], suffixes: ["Oblast"], prefixes: ["Republic of"] }
 */
export const regionSelectionSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  countries: z.array(countryCode).min(1),
  /** Trailing words that may be dropped: "Belgorod Oblast" is also "Belgorod". */
  suffixes: z.array(z.string().min(1)).optional(),
  /** Leading words that may be dropped: "Republic of Dagestan" is also "Dagestan". */
  prefixes: z.array(z.string().min(1)).optional(),
  /** Names never read as a region: ordinary words and personal names ("Rivers", "Batman"). */
  exclude: z.array(z.string().min(1)).optional(),
});

/** The CAMEO code table. @example { codes: [...] } */
export const cameoFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  codes: z.array(cameoCodeSchema).min(1),
});

/** An event rule: patterns that code one CAMEO event. @example { id: "reject-proposal", cameo: "125", patterns: ["reject|refuse &proposal"] } */
export const eventRuleSchema = z.strictObject({
  id: z.string().min(1),
  cameo: z.string().regex(/^\d{2,4}$/),
  /** Part of speech of the first pattern element: the trigger. */
  head: z.enum(["verb", "noun", "adj", "any"]).optional(),
  patterns: z.array(z.string().min(1)).min(1),
  /** "X and Y met": coordinated subjects with no target give events in both directions. */
  mutual: z.boolean().optional(),
  /** "X held talks with Y": an act that takes two sides also gives Y→X. */
  reciprocal: z.boolean().optional(),
  /**
   * "none" when the rule never takes a target (e.g. a protest with no object); "subject" when the
   * clause subject is the target and whoever says or warns of the clause is the source ("Seoul
   * would pay dearly, North Korea warned").
   */
  target: z.enum(["object", "none", "subject"]).optional(),
  /**
   * "organization" when the `@target` slot must name an international organisation: "Mali quit
   * ECOWAS" and "Finland joined NATO" change ties, "withdrew from Gaza" and "joined the leaders" do not.
   */
  targetKind: z.literal("organization").optional(),
  channel: z.enum(["letter", "call", "meeting", "summit", "envoy", "statement"]).optional(),
  /**
   * "negated": the rule codes its act only where its trigger is negated or refused, and that
   * negation is the act ("did not rule out the use of force" is a threat, not a denied rejection).
   */
  polarity: z.literal("negated").optional(),
  /** Modality the rule itself implies ("pledge to" → intended). */
  modality: z.enum(["actual", "intended", "hypothetical"]).optional(),
  note: z.string().optional(),
});

/** A file of event rules plus the synonym sets they use. @example { sets: { proposal: ["offer", "proposal"] }, rules: [...] } */
export const eventRuleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  sets: z.record(z.string(), z.array(z.string().min(1))).optional(),
  rules: z.array(eventRuleSchema),
});

/** An organisation of the actor dictionary. @example { id: "igo:un", code: "IGOUNO", kind: "igo", names: ["United Nations", "UN"] } */
export type OrganizationEntry = z.infer<typeof organizationEntrySchema>;
/** A sector agent as read from its file. @example { id: "agent:troops", sector: "MIL", names: ["troops"], plural: true } */
export type AgentEntry = z.infer<typeof agentEntrySchema>;
/** A person with dated roles, as read from its file. @example { id: "person:kim-jong-un", names: ["Kim Jong Un"], roles: [{ country: "PRK", sector: "GOV", title: "Supreme Leader", from: "2011-12-17" }] } */
export type PersonEntry = z.infer<typeof personEntrySchema>;
/** One dated role of a person. @example { country: "USA", sector: "GOV", title: "President", from: "2025-01-20", to: null } */
export type Role = z.infer<typeof roleSchema>;
/** Extra names for one country. @example { country: "PRK", names: ["North Korea"], metonyms: ["Pyongyang"] } */
export type CountryAlias = z.infer<typeof countryAliasSchema>;
/** Which countries' regions the actor dictionary reads. @example { countries: ["USA"], exclude: ["Delta"] } */
export type RegionSelection = z.infer<typeof regionSelectionSchema>;
/** One CAMEO code as read from the code table. @example { code: "036", name: "Express intent to meet or negotiate", plover: "AGREE", goldstein: 4, quadClass: 1 } */
export type CameoCode = z.infer<typeof cameoCodeSchema>;
/** An event rule: a CAMEO code and the patterns that trigger it. @example { id: "refuse-letter", cameo: "125", patterns: ["refuse|reject * letter"] } */
export type EventRule = z.infer<typeof eventRuleSchema>;
/** A file of event rules. @example { rules: [{ id: "refuse-letter", cameo: "125", patterns: ["refuse|reject * letter"] }] } */
export type EventRuleFile = z.infer<typeof eventRuleFileSchema>;

/** Everything the coder needs from `dictionaries/`, already parsed and validated. @example createCoder({ dictionaries }) */
export interface Dictionaries {
  readonly version: string;
  readonly organizations: readonly OrganizationEntry[];
  readonly agents: readonly AgentEntry[];
  readonly people: readonly PersonEntry[];
  readonly countryAliases: readonly CountryAlias[];
  /** Regions taken from the region package; null when the dictionaries select none. */
  readonly regions?: RegionSelection | null;
  readonly cameo: readonly CameoCode[];
  readonly eventRules: readonly EventRule[];
  readonly eventSets: Readonly<Record<string, readonly string[]>>;
}

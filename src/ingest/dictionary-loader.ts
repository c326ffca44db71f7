/**
 * Reads and validates `dictionaries/`. Every file is checked against its zod schema; an error
 * names the file, the entry (by index and id) and the field.
 *
 * @example
 * const dictionaries = await loadDictionaries(defaultDictionaryDir());
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  actorFileSchema,
  agentFileSchema,
  cameoFileSchema,
  countryAliasFileSchema,
  type Dictionaries,
  eventRuleFileSchema,
  peopleFileSchema,
  regionSelectionSchema,
} from "../core/dictionary-schema.js";
import { ParleyError } from "../core/errors.js";

/** The dictionaries shipped with Parley. @example loadDictionaries(defaultDictionaryDir()) */
export function defaultDictionaryDir(): string {
  // dist/ingest or src/ingest → package root
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "dictionaries");
}

/**
 * Loads every dictionary file under `dir`, validating each one.
 * @example const d = loadDictionaries("./dictionaries"); d.eventRules.length
 */
export function loadDictionaries(dir: string): Dictionaries {
  if (!existsSync(dir)) throw new ParleyError("E_DICTIONARY", `${dir}: dictionary folder not found`);
  const hash = createHash("sha256");
  const read = <S extends z.ZodTypeAny>(file: string, schema: S): z.infer<S> => {
    const text = readFileSync(file, "utf8");
    hash.update(basename(file)).update(text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ParleyError("E_DICTIONARY", `${file}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ParleyError("E_DICTIONARY", describeIssue(file, json, parsed.error));
    return parsed.data;
  };
  const filesIn = (sub: string) => {
    const folder = join(dir, sub);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => join(folder, f));
  };
  const optional = (file: string) => (existsSync(file) ? [file] : []);

  const organizations = filesIn("actors/organizations").flatMap((f) => read(f, actorFileSchema).entries);
  const agents = optional(join(dir, "actors/agents.json")).flatMap((f) => read(f, agentFileSchema).entries);
  const people = filesIn("actors/people").flatMap((f) => read(f, peopleFileSchema).entries);
  const countryAliases = optional(join(dir, "actors/country-aliases.json")).flatMap(
    (f) => read(f, countryAliasFileSchema).entries,
  );
  const regions = optional(join(dir, "actors/regions.json")).map((f) => read(f, regionSelectionSchema))[0] ?? null;
  const cameoFile = join(dir, "events/cameo-codes.json");
  if (!existsSync(cameoFile)) throw new ParleyError("E_DICTIONARY", `${cameoFile}: missing CAMEO code table`);
  const cameo = read(cameoFile, cameoFileSchema).codes;
  const eventSets: Record<string, readonly string[]> = {};
  const eventRules = filesIn("events/rules").flatMap((file) => {
    const parsed = read(file, eventRuleFileSchema);
    for (const [name, words] of Object.entries(parsed.sets ?? {})) {
      if (eventSets[name]) throw new ParleyError("E_DICTIONARY", `${file}: set "${name}" is declared twice`);
      eventSets[name] = words;
    }
    return parsed.rules.map((rule) => ({ ...rule, file }));
  });
  checkReferences(eventRules, new Set(cameo.map((c) => c.code)), [...people.map((p) => p.id)]);
  return {
    version: hash.digest("hex").slice(0, 12),
    organizations,
    agents,
    people,
    countryAliases,
    regions,
    cameo,
    eventRules: eventRules.map(({ file: _file, ...rule }) => rule),
    eventSets,
  };
}

function checkReferences(
  rules: readonly { id: string; cameo: string; file: string }[],
  codes: ReadonlySet<string>,
  personIds: readonly string[],
): void {
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id))
      throw new ParleyError("E_DICTIONARY", `${rule.file}: rule "${rule.id}" is declared twice`);
    seen.add(rule.id);
    if (!codes.has(rule.cameo)) {
      throw new ParleyError(
        "E_DICTIONARY",
        `${rule.file}: rule "${rule.id}": field cameo: unknown CAMEO code ${rule.cameo}`,
      );
    }
  }
  const people = new Set<string>();
  for (const id of personIds) {
    if (people.has(id))
      throw new ParleyError("E_DICTIONARY", `actors/people: person "${id}" is declared twice`);
    people.add(id);
  }
}

function describeIssue(file: string, json: unknown, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${file}: invalid`;
  const path = issue.path;
  // Name the entry by its index and id so the author can find it.
  let where = "";
  if (path.length >= 2 && typeof path[1] === "number") {
    const list = (json as Record<string, unknown>)[String(path[0])];
    const entry = Array.isArray(list) ? (list[path[1]] as Record<string, unknown> | undefined) : undefined;
    const id = entry && typeof entry === "object" ? (entry.id ?? entry.code ?? entry.country) : undefined;
    where = ` entry ${path[1]}${id ? ` (${String(id)})` : ""}`;
  }
  const field = path.slice(2).join(".") || path.join(".");
  return `${file}:${where} field ${field || "(root)"}: ${issue.message}`;
}

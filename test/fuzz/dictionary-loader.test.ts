/**
 * Random mutations of a small valid dictionary set (cut from the bundled one): the loader either
 * returns dictionaries or throws a ParleyError E_DICTIONARY naming the file; nothing else escapes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { defaultDictionaryDir, loadDictionaries } from "../../src/ingest/dictionary-loader.js";
import { fuzzRuns, fuzzTimeout, okOrParleyError } from "./fuzz-options.js";

type Json = unknown;
const bundled = defaultDictionaryDir();
const read = (file: string) => JSON.parse(readFileSync(join(bundled, file), "utf8")) as Record<string, Json>;
const firstEntries = (file: string, n: number) => {
  const value = read(file);
  return { ...value, entries: (value.entries as Json[]).slice(0, n) };
};
const firstRules = (file: string, n: number) => {
  const value = read(file);
  return { ...value, rules: (value.rules as Json[]).slice(0, n) };
};

/** The small valid set: a few entries of each kind, the whole CAMEO table, two rule files. */
const base: Readonly<Record<string, Json>> = {
  "actors/agents.json": firstEntries("actors/agents.json", 6),
  "actors/country-aliases.json": firstEntries("actors/country-aliases.json", 6),
  "actors/regions.json": read("actors/regions.json"),
  "actors/organizations/igos.json": firstEntries("actors/organizations/igos.json", 6),
  "actors/people/prk.json": firstEntries("actors/people/prk.json", 4),
  "events/cameo-codes.json": read("events/cameo-codes.json"),
  "events/rules/01-make-statement.json": firstRules("events/rules/01-make-statement.json", 8),
  "events/rules/02-appeal.json": firstRules("events/rules/02-appeal.json", 8),
};
const files = Object.keys(base);

const root = mkdtempSync(join(tmpdir(), "parley-dict-fuzz-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

function writeSet(contents: Readonly<Record<string, string>>): string {
  const dir = join(root, String(runs++));
  for (const [file, text] of Object.entries(contents)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** Follows `path` (choices taken modulo the width of each level) and applies `edit` there. */
function mutateAt(
  value: Json,
  path: readonly number[],
  edit: (parent: Json[] | Record<string, Json>, key: string | number) => void,
): Json {
  const copy = structuredClone(value);
  let node: Json = copy;
  for (let i = 0; i < path.length; i++) {
    const keys = Array.isArray(node)
      ? node.map((_, k) => k)
      : node && typeof node === "object"
        ? Object.keys(node)
        : [];
    if (keys.length === 0) break;
    const key = keys[path[i]! % keys.length]!;
    const child = (node as Record<string | number, Json>)[key];
    const last = i === path.length - 1 || child === null || typeof child !== "object";
    if (last) {
      edit(node as Json[] | Record<string, Json>, key);
      break;
    }
    node = child;
  }
  return copy;
}

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant("replace" as const),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant("text" as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    cut: fc.nat({ max: 40 }),
    insert: fc.string({ unit: "binary", maxLength: 12 }),
  }),
  fc.record({ kind: fc.constant("remove-file" as const) }),
);

function apply(file: string, m: typeof mutation extends fc.Arbitrary<infer T> ? T : never): string | null {
  const value = base[file];
  if (m.kind === "remove-file") return null;
  if (m.kind === "text") {
    const text = JSON.stringify(value, null, 1);
    const at = Math.floor(m.at * text.length);
    return text.slice(0, at) + m.insert + text.slice(at + m.cut);
  }
  const edited = mutateAt(value, m.path, (parent, key) => {
    if (m.kind === "replace") (parent as Record<string | number, Json>)[key] = m.value;
    else if (m.kind === "delete") {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
    } else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
    else parent[`${String(key)}2`] = structuredClone(parent[key as string]);
  });
  return JSON.stringify(edited);
}

describe("dictionary loader under random mutations", () => {
  it("loads the unmutated small set", () => {
    const dir = writeSet(Object.fromEntries(files.map((f) => [f, JSON.stringify(base[f])])));
    expect(loadDictionaries(dir).eventRules.length).toBe(16);
  });

  it("returns dictionaries or an E_DICTIONARY error", { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...files), mutation), { minLength: 1, maxLength: 3 }),
        (edits) => {
          const contents: Record<string, string> = Object.fromEntries(
            files.map((f) => [f, JSON.stringify(base[f])]),
          );
          for (const [file, m] of edits) {
            const text = apply(file, m);
            if (text === null) delete contents[file];
            else contents[file] = text;
          }
          const dir = writeSet(contents);
          try {
            const loaded = okOrParleyError(() => loadDictionaries(dir), /^E_DICTIONARY$/);
            if (loaded) expect(typeof loaded.version).toBe("string");
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: fuzzRuns },
    );
  });
});

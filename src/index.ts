/**
 * Parley's library API.
 *
 * @example
 * import { createCoder } from "parley";
 * const coder = createCoder();
 * coder.code({ text: "Kim refused Trump's letter.", date: "2025-06-12" }).events;
 */
import { type Coder, type CoderOptions, createCoderFrom } from "./pipeline/coder.js";
import { defaultDictionaryDir, loadDictionaries } from "./ingest/dictionary-loader.js";

export type { Coder, CoderLimits, CoderOptions } from "./pipeline/coder.js";
export type * from "./core/types.js";
export type { Dictionaries } from "./core/dictionary-schema.js";
export { ParleyError, isParleyError } from "./core/errors.js";
export { loadDictionaries, defaultDictionaryDir } from "./ingest/dictionary-loader.js";
export { defaultAttributionCues } from "./attribution/attribution-cues.js";

/**
 * Creates a coder. Without `dictionaries` (or `dictionaryDir`) it loads the bundled ones.
 * @example const coder = createCoder({ dictionaryDir: "./my-dictionaries" });
 */
export function createCoder(
  options: Partial<CoderOptions> & { readonly dictionaryDir?: string } = {},
): Coder {
  const dictionaries =
    options.dictionaries ?? loadDictionaries(options.dictionaryDir ?? defaultDictionaryDir());
  return createCoderFrom({ ...options, dictionaries });
}

/**
 * `parley schema`: prints the JSON Schema of the output contract.
 *
 * @example
 * parley schema > schema/coded-article.schema.json
 */
import { codedArticleJsonSchema } from "../core/event-schema.js";

/** The schema as pretty JSON text. @example renderSchema().startsWith("{") */
export function renderSchema(): string {
  return `${JSON.stringify(codedArticleJsonSchema(), null, 2)}\n`;
}

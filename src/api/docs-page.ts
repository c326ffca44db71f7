/**
 * The /docs page: static HTML listing every endpoint and its parameters, generated from the
 * OpenAPI document. No script and no CDN; every value is escaped.
 *
 * @example
 * reply.type("text/html").send(docsPage(openApiDocument(routes)));
 */

/** Escapes text for HTML element content and attribute values. @example escapeHtml("<b>") // "&lt;b&gt;" */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

interface Operation {
  readonly summary?: string;
  readonly parameters?: readonly {
    readonly name: string;
    readonly in: string;
    readonly required: boolean;
    readonly description?: string;
  }[];
  readonly security?: unknown;
}

/**
 * Renders the page.
 * @example docsPage({ info: { title: "Parley API" }, paths: {} }).startsWith("<!doctype html>")
 */
export function docsPage(document: Record<string, unknown>): string {
  const info = document.info as { title: string; description: string };
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const sections = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ", required" : ""})${
              p.description ? ` — ${escapeHtml(p.description)}` : ""
            }</li>`,
        )
        .join("");
      return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code>${
        op.security ? " <small>(bearer token)</small>" : ""
      }</h2><p>${escapeHtml(op.summary ?? "")}</p>${params ? `<ul>${params}</ul>` : ""}</section>`;
    }),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${escapeHtml(info.title)}</h1><p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a>. Web UI: <a href="/">/</a>.</p>
${sections.join("\n")}
</main></body></html>
`;
}

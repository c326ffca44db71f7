/**
 * One coded event as the golden tests write it: "TYPE SRC>TGT" with country parts, "-" for no one,
 * prefixed "~" when historical, "!" when negated and "?" when hypothetical.
 *
 * @example
 * renderEvent(event); // "SANCTION USA>IRN"
 */
interface RenderedEvent {
  readonly event: string | null;
  readonly source: readonly { country: string | null; code: string }[];
  readonly target: readonly { country: string | null; code: string }[];
  readonly historical: boolean;
  readonly negated: boolean;
  readonly modality: string;
}

/** The golden tests' one-line form of an event. @example renderEvent(e) // "ACCUSE RUS>UKR" */
export function renderEvent(e: RenderedEvent): string {
  const code = (a: { country: string | null; code: string }) =>
    a.code.startsWith("IGO") ? "IGO" : (a.country ?? a.code.slice(0, 3));
  const flag = e.historical ? "~" : e.negated ? "!" : e.modality === "hypothetical" ? "?" : "";
  return `${flag}${e.event} ${e.source.map(code).join(",") || "-"}>${e.target.map(code).join(",") || "-"}`;
}

/** An event with full actor codes, "TYPE SRC>TGT" ("-" for no one). @example renderFullCodes(e) // "ASSAULT AFGREB>AFGCOP" */
export function renderFullCodes(e: {
  readonly event: string | null;
  readonly source: readonly { code: string }[];
  readonly target: readonly { code: string }[];
}): string {
  const side = (actors: readonly { code: string }[]) => actors.map((a) => a.code).join(",") || "-";
  return `${e.event} ${side(e.source)}>${side(e.target)}`;
}

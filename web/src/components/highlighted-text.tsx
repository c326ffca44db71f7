/**
 * Text with character ranges marked (source, target, trigger). Every piece is a text node inside a
 * <mark> or plain span: the text is never parsed as HTML.
 *
 * @example
 * <HighlightedText text={sentence} offset={sentenceStart} spans={[{ start: 10, end: 13, kind: "trigger" }]} />
 */

/** A marked range in article offsets. @example { start: 0, end: 3, kind: "source" } */
export interface MarkedSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: "source" | "target" | "trigger";
  /** Shown as a tooltip, e.g. the event the mention belongs to. */
  readonly title?: string;
}

/** A run of text and the span covering it, if any. @example { text: "Kim", span: { kind: "source", … } } */
export interface Segment {
  readonly text: string;
  readonly start: number;
  readonly span: MarkedSpan | null;
}

const PRIORITY = { trigger: 3, source: 2, target: 1 } as const;

/**
 * Cuts `text` (which starts at article offset `offset`) at every span edge; where spans overlap the
 * trigger wins, then the source.
 * @example segments("Kim refused", 0, [{ start: 0, end: 3, kind: "source" }]).map((s) => s.text) // ["Kim", " refused"]
 */
export function segments(text: string, offset: number, spans: readonly MarkedSpan[]): Segment[] {
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start - offset), end: Math.min(text.length, s.end - offset) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of inside) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const covering = inside
      .filter((s) => s.start <= from && s.end >= to)
      .sort((a, b) => PRIORITY[b.kind] - PRIORITY[a.kind])[0];
    out.push({ text: text.slice(from, to), start: from + offset, span: covering ?? null });
  }
  return out;
}

/**
 * Renders the segments.
 * @example <HighlightedText text="Kim refused" offset={0} spans={spans} />
 */
export function HighlightedText(props: {
  readonly text: string;
  readonly offset: number;
  readonly spans: readonly MarkedSpan[];
}) {
  return (
    <>
      {segments(props.text, props.offset, props.spans).map((s) =>
        s.span ? (
          <mark
            key={s.start}
            class={`hl hl-${s.span.kind}`}
            data-kind={s.span.kind}
            title={s.span.title ?? s.span.kind}
          >
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </>
  );
}

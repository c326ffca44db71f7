/**
 * A tiny SVG chart of cooperation (above the line) and conflict (below) per period.
 *
 * @example
 * <Sparkline points={[{ period: "2025-06", cooperation: 2, conflict: 1 }]} />
 */

/** One period. @example { period: "2025-06", cooperation: 2, conflict: 1 } */
export interface SparkPoint {
  readonly period: string;
  readonly cooperation: number;
  readonly conflict: number;
}

/**
 * Bars up for cooperation, down for conflict.
 * @example <Sparkline points={series} width={160} height={36} />
 */
export function Sparkline(props: {
  readonly points: readonly SparkPoint[];
  readonly width?: number;
  readonly height?: number;
}) {
  const width = props.width ?? 180;
  const height = props.height ?? 40;
  const max = Math.max(1, ...props.points.map((p) => Math.max(p.cooperation, p.conflict)));
  const step = props.points.length > 0 ? width / props.points.length : width;
  const half = height / 2;
  const coop = props.points.reduce((n, p) => n + p.cooperation, 0);
  const conflict = props.points.reduce((n, p) => n + p.conflict, 0);
  return (
    <svg
      class="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${coop} cooperative and ${conflict} conflictual events over ${props.points.length} months`}
    >
      <line x1="0" x2={width} y1={half} y2={half} class="axis" />
      {props.points.map((p, i) => (
        <g key={p.period}>
          {p.cooperation > 0 ? (
            <rect
              class="coop"
              x={i * step}
              width={Math.max(1, step - 0.5)}
              y={half - (p.cooperation / max) * half}
              height={(p.cooperation / max) * half}
            />
          ) : null}
          {p.conflict > 0 ? (
            <rect
              class="conf"
              x={i * step}
              width={Math.max(1, step - 0.5)}
              y={half}
              height={(p.conflict / max) * half}
            />
          ) : null}
        </g>
      ))}
    </svg>
  );
}

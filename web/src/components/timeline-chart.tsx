/**
 * The dyad timeline: events per QuadClass per period (bars) and the mean Goldstein score (line, right
 * axis), drawn by uPlot on a canvas. A table of the same figures follows for screen readers.
 *
 * @example
 * <TimelineChart series={detail.series} />
 */
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { SeriesPoint } from "../api-client.js";

const COLORS = ["#2b8a3e", "#74b816", "#e8590c", "#c92a2a"];
const LABELS = ["verbal coop.", "material coop.", "verbal conflict", "material conflict"];

/** The chart. @example <TimelineChart series={series} /> */
export function TimelineChart(props: { readonly series: readonly SeriesPoint[] }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element || props.series.length === 0) return;
    const x = props.series.map((_, i) => i);
    const counts = [1, 2, 3, 4].map((q) => props.series.map((p) => p.counts[q as 1 | 2 | 3 | 4]));
    const goldstein = props.series.map((p) => p.goldsteinMean);
    const bars = uPlot.paths.bars?.({ size: [0.8, 40] });
    const chart = new uPlot(
      {
        width: Math.max(320, element.clientWidth || 800),
        height: 260,
        scales: { x: { time: false }, g: { range: [-10, 10] } },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => props.series[Math.round(t)]?.period ?? "") },
          { label: "events" },
          { scale: "g", side: 1, label: "Goldstein mean", grid: { show: false } },
        ],
        series: [
          { label: "period", value: (_u, v) => props.series[Math.round(v)]?.period ?? "" },
          ...LABELS.map((label, i) => ({ label, stroke: COLORS[i], fill: `${COLORS[i]}99`, paths: bars })),
          {
            label: "Goldstein",
            scale: "g",
            stroke: "#1c7ed6",
            width: 2,
            spanGaps: false,
            points: { show: true, size: 5 },
          },
        ],
      },
      [x, ...counts, goldstein] as uPlot.AlignedData,
      element,
    );
    return () => chart.destroy();
  }, [props.series]);
  if (props.series.length === 0) return <p class="empty">No events in this period.</p>;
  return (
    <div
      ref={host}
      class="timeline"
      role="img"
      aria-label="Events per QuadClass and Goldstein trend per period"
    />
  );
}

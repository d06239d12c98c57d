import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { QuarterReview } from "../../../domain/reviews/contracts";
import { measures, type Measure } from "../../../domain/trust/quarterly-review";
import { sides, type Side } from "../../../domain/trust/side";

/*
 * Trust and satisfaction per quarter for each side as plain SVG lines (no chart library), with
 * each line's latest figure written beside the legend. The history table next to it holds every
 * figure for screen readers; the SVG itself is one labelled image.
 */

const width = 480;
const height = 180;
const pad = { left: 28, right: 12, top: 10, bottom: 26 };
const colors: Record<Side, string> = { host: "#1c7ed6", partner: "#e8590c" };
const dashes: Record<Measure, string | undefined> = { trust: undefined, satisfaction: "6 4" };

const x = (index: number, count: number) => pad.left + (count <= 1 ? 0 : (index * (width - pad.left - pad.right)) / (count - 1));
const y = (score: number) => pad.top + ((10 - score) * (height - pad.top - pad.bottom)) / 9;

interface Point {
  index: number;
  value: number;
}

function seriesOf(quarters: readonly QuarterReview[], side: Side, measure: Measure): Point[] {
  return quarters.flatMap((quarter, index) => {
    const rating = quarter[side];
    return rating ? [{ index, value: rating[measure] }] : [];
  });
}

/** `quarters` oldest first. */
export function ReviewTrendChart({ quarters }: { quarters: readonly QuarterReview[] }) {
  const { t } = useTranslation();
  if (quarters.length < 2) {
    return (
      <Text size="sm" c="dimmed">
        {t("reviews.chart.needsTwo")}
      </Text>
    );
  }
  const lines = sides.flatMap((side) => measures.map((measure) => ({ side, measure, points: seriesOf(quarters, side, measure) })));
  const label = (side: Side, measure: Measure) => t("reviews.chart.series", { side: t(`reviews.side.${side}`), measure: t(`reviews.measure.${measure}`) });
  return (
    <Stack gap="xs">
      <svg viewBox={`0 0 ${String(width)} ${String(height)}`} width="100%" role="img" aria-label={t("reviews.chart.summary")} style={{ maxWidth: width }}>
        {[1, 6, 10].map((score) => (
          <g key={score}>
            <line x1={pad.left} x2={width - pad.right} y1={y(score)} y2={y(score)} stroke="#dee2e6" strokeDasharray={score === 6 ? "2 3" : undefined} />
            <text x={pad.left - 6} y={y(score) + 4} fontSize="11" textAnchor="end" fill="#495057">
              {score}
            </text>
          </g>
        ))}
        {quarters.map((quarter, index) => (
          <text key={quarter.quarter} x={x(index, quarters.length)} y={height - 8} fontSize="11" textAnchor="middle" fill="#495057">
            {quarter.quarter}
          </text>
        ))}
        {lines.map(({ side, measure, points }) => (
          <g key={`${side}-${measure}`}>
            <polyline fill="none" stroke={colors[side]} strokeWidth={2} strokeDasharray={dashes[measure]} points={points.map((point) => `${String(x(point.index, quarters.length))},${String(y(point.value))}`).join(" ")} />
            {points.map((point) => (
              <circle key={point.index} cx={x(point.index, quarters.length)} cy={y(point.value)} r={3} fill={colors[side]} />
            ))}
          </g>
        ))}
      </svg>
      <Group gap="md">
        {lines.map(({ side, measure, points }) => {
          const last = points[points.length - 1];
          return (
            <Group key={`${side}-${measure}`} gap={6} wrap="nowrap">
              <svg width="24" height="8" aria-hidden>
                <line x1="0" x2="24" y1="4" y2="4" stroke={colors[side]} strokeWidth={2} strokeDasharray={dashes[measure]} />
              </svg>
              <Text size="xs">{last ? t("reviews.chart.latest", { series: label(side, measure), value: last.value, quarter: quarters[last.index]?.quarter ?? "" }) : label(side, measure)}</Text>
            </Group>
          );
        })}
      </Group>
    </Stack>
  );
}

import { Box, Stack, Table, Text } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HealthTrendPoint } from "../../../domain/health/schemas";
import { healthyFrom, watchFrom } from "../../../domain/health/score";
import { formatDate } from "../../i18n/format";
import { BandBadge } from "./band-badge";

const width = 560;
const height = 160;
const pad = { left: 28, right: 8, top: 8, bottom: 18 };

function xOf(index: number, count: number): number {
  const span = width - pad.left - pad.right;
  return pad.left + (count <= 1 ? span : (index * span) / (count - 1));
}

function yOf(score: number): number {
  return pad.top + ((100 - score) * (height - pad.top - pad.bottom)) / 100;
}

/**
 * The weekly score as a plain SVG line with the band thresholds drawn as guides. The chart is one
 * image with a written summary; the exact figures are in a table one click away.
 */
export function TrendChart({ points }: { points: readonly HealthTrendPoint[] }) {
  const { t } = useTranslation();
  const summaryId = useId();
  const [showTable, setShowTable] = useState(false);
  const first = points.at(0);
  const last = points.at(-1);
  if (points.length < 2 || first === undefined || last === undefined) {
    return (
      <Text size="sm" c="dimmed">
        {t("health.scorecard.trendTooShort")}
      </Text>
    );
  }
  const scores = points.map((point) => point.score);
  const summary = t("health.scorecard.trendSummary", {
    count: points.length,
    from: formatDate(first.at),
    first: first.score,
    to: formatDate(last.at),
    last: last.score,
    min: Math.min(...scores),
    max: Math.max(...scores),
  });
  const path = points.map((point, index) => `${index === 0 ? "M" : "L"}${xOf(index, points.length).toFixed(1)},${yOf(point.score).toFixed(1)}`).join(" ");
  return (
    <Stack gap="xs">
      <Box component="svg" viewBox={`0 0 ${width} ${height}`} w="100%" role="img" aria-labelledby={summaryId} style={{ maxHeight: 200 }}>
        {[0, watchFrom, healthyFrom, 100].map((guide) => (
          <g key={guide}>
            <line x1={pad.left} x2={width - pad.right} y1={yOf(guide)} y2={yOf(guide)} stroke="var(--mantine-color-gray-4)" strokeDasharray={guide === 0 || guide === 100 ? undefined : "4 4"} />
            <text x={pad.left - 4} y={yOf(guide) + 4} textAnchor="end" fontSize="10" fill="var(--mantine-color-gray-7)">
              {guide}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="var(--mantine-color-blue-8)" strokeWidth={2} />
        <circle cx={xOf(points.length - 1, points.length)} cy={yOf(last.score)} r={3.5} fill="var(--mantine-color-blue-8)" />
        <text x={pad.left} y={height - 4} fontSize="10" fill="var(--mantine-color-gray-7)">
          {formatDate(first.at)}
        </text>
        <text x={width - pad.right} y={height - 4} fontSize="10" textAnchor="end" fill="var(--mantine-color-gray-7)">
          {formatDate(last.at)}
        </text>
      </Box>
      <Text size="sm" id={summaryId}>
        {summary}
      </Text>
      <details onToggle={(event) => setShowTable(event.currentTarget.open)}>
        <summary>
          <Text span size="sm">
            {t("health.scorecard.trendTable")}
          </Text>
        </summary>
        {showTable && (
          <Box mah={240} style={{ overflowY: "auto" }} tabIndex={0} aria-label={t("health.scorecard.trendTitle")}>
            <Table striped withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("health.scorecard.trendDate")}</Table.Th>
                  <Table.Th scope="col">{t("health.scorecard.trendScore")}</Table.Th>
                  <Table.Th scope="col">{t("health.scorecard.trendBand")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((point) => (
                  <Table.Tr key={point.at}>
                    <Table.Td>{formatDate(point.at)}</Table.Td>
                    <Table.Td>{point.score}</Table.Td>
                    <Table.Td>
                      <BandBadge band={point.band} size="sm" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        )}
      </details>
    </Stack>
  );
}

import { Anchor, Box, Group, Text, VisuallyHidden } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { IconCircleCheck, IconClockExclamation, IconLock, IconPlayerSkipForward } from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useJourneyContext } from "../journey-context";
import { formatDayInZone } from "../zoned-format";
import { layoutGantt, type BarTone, type GanttLayout } from "./gantt-layout";

const rowHeight = 32;
const axisHeight = 28;
const barHeight = 14;

/** Bar colours; each tone is also named in the legend and marked by an icon beside the step's name. */
export const toneFill: Record<BarTone, string> = {
  done: "var(--mantine-color-green-7)",
  late: "var(--mantine-color-red-7)",
  open: "var(--mantine-color-indigo-6)",
  locked: "var(--mantine-color-gray-5)",
  skipped: "var(--mantine-color-gray-4)",
};

const toneIcons = { done: IconCircleCheck, late: IconClockExclamation, locked: IconLock, skipped: IconPlayerSkipForward } as const;

function ToneMark({ tone }: { tone: BarTone }) {
  const { t } = useTranslation();
  if (tone === "open") return null;
  const Glyph = toneIcons[tone];
  return (
    <>
      <Glyph size={14} aria-hidden color={toneFill[tone]} style={{ flex: "none" }} />
      <VisuallyHidden>{t(`journeys.timeline.tone.${tone}`)}</VisuallyHidden>
    </>
  );
}

function Bars({ layout, width }: { layout: GanttLayout; width: number }) {
  const { t } = useTranslation();
  const { journey } = useJourneyContext();
  const height = axisHeight + layout.rows.length * rowHeight;
  const label = t("journeys.timeline.chartLabel", {
    count: layout.rows.filter((row) => row.type === "step").length,
    from: formatDayInZone(layout.from, journey.timeZone),
    to: formatDayInZone(layout.to, journey.timeZone),
  });
  return (
    <svg width={width} height={height} role="img" aria-label={label} style={{ display: "block" }}>
      <defs>
        <pattern id="gantt-skipped" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--mantine-color-gray-2)" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--mantine-color-gray-5)" strokeWidth="3" />
        </pattern>
      </defs>
      {layout.rows.map((row, index) =>
        row.type === "phase" ? <rect key={`phase-${row.key}`} x={0} y={axisHeight + index * rowHeight} width={width} height={rowHeight} fill="var(--mantine-color-gray-1)" /> : null,
      )}
      {layout.ticks.map((tick) => (
        <g key={tick.at}>
          <line x1={tick.x} x2={tick.x} y1={axisHeight - 6} y2={height} stroke="var(--mantine-color-gray-3)" />
          <text x={tick.x + 3} y={axisHeight - 10} fontSize={11} fill="#5c646c">
            {formatDayInZone(tick.at, journey.timeZone)}
          </text>
        </g>
      ))}
      {layout.rows.map((row, index) => {
        if (row.type !== "step") return null;
        const y = axisHeight + index * rowHeight + (rowHeight - barHeight) / 2;
        if (!row.bar) {
          return (
            <text key={row.step.id} x={6} y={y + barHeight - 3} fontSize={11} fill="#5c646c">
              {t("journeys.step.noDueDate")}
            </text>
          );
        }
        const fill = row.tone === "skipped" ? "url(#gantt-skipped)" : toneFill[row.tone];
        return <rect key={row.step.id} x={row.bar.x} y={y} width={row.bar.width} height={barHeight} rx={3} fill={fill} />;
      })}
      {layout.todayX !== null && (
        <g>
          <line x1={layout.todayX} x2={layout.todayX} y1={axisHeight - 4} y2={height} stroke="var(--mantine-color-red-9)" strokeWidth={2} strokeDasharray="4 3" />
          <text x={layout.todayX + 4} y={height - 6} fontSize={11} fontWeight={700} fill="var(--mantine-color-red-9)">
            {t("journeys.timeline.today")}
          </text>
        </g>
      )}
    </svg>
  );
}

/** One bar per step, grouped by phase, with the step names as buttons that open the step. */
export function GanttChart() {
  const { t } = useTranslation();
  const { journey, openStep } = useJourneyContext();
  const { ref, width } = useElementSize();
  const chartWidth = Math.max(Math.floor(width), 240);
  const layout = useMemo(() => layoutGantt(journey, new Date(), chartWidth), [journey, chartWidth]);

  return (
    <Box style={{ display: "grid", gridTemplateColumns: "minmax(160px, 280px) minmax(0, 1fr)", columnGap: 12 }}>
      <Box component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("journeys.timeline.stepsLabel")} pt={axisHeight}>
        {layout.rows.map((row) =>
          row.type === "phase" ? (
            <Box component="li" key={`phase-${row.key}`} h={rowHeight} bg="gray.1" px="xs" style={{ display: "flex", alignItems: "center" }}>
              <Text size="sm" fw={700} truncate>
                {row.name}
              </Text>
            </Box>
          ) : (
            <Box component="li" key={row.step.id} h={rowHeight} px="xs" style={{ display: "flex", alignItems: "center" }}>
              <Group gap={6} wrap="nowrap" miw={0}>
                <ToneMark tone={row.tone} />
                <Anchor component="button" type="button" size="sm" truncate="end" ta="left" onClick={() => openStep(row.step.id)} title={row.step.title}>
                  {row.step.title}
                </Anchor>
              </Group>
            </Box>
          ),
        )}
      </Box>
      <Box ref={ref} miw={0}>
        <Bars layout={layout} width={chartWidth} />
      </Box>
    </Box>
  );
}

export function GanttLegend() {
  const { t } = useTranslation();
  const tones: BarTone[] = ["open", "done", "late", "locked", "skipped"];
  return (
    <Group gap="md" mt="sm" aria-label={t("journeys.timeline.legend")} role="list">
      {tones.map((tone) => (
        <Group key={tone} gap={6} role="listitem">
          <svg width={18} height={10} aria-hidden>
            <rect width={18} height={10} rx={2} fill={tone === "skipped" ? "url(#gantt-skipped)" : toneFill[tone]} />
          </svg>
          <Text size="xs">{t(`journeys.timeline.tone.${tone}`)}</Text>
        </Group>
      ))}
      <Group gap={6} role="listitem">
        <svg width={18} height={10} aria-hidden>
          <line x1={9} x2={9} y1={0} y2={10} stroke="var(--mantine-color-red-9)" strokeWidth={2} strokeDasharray="3 2" />
        </svg>
        <Text size="xs">{t("journeys.timeline.today")}</Text>
      </Group>
    </Group>
  );
}

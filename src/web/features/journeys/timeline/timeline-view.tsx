import { Anchor, Group, Paper, SegmentedControl, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { StepStateBadges } from "../components/status-badges";
import { useJourneyContext } from "../journey-context";
import { formatInZone } from "../zoned-format";
import { GanttChart, GanttLegend } from "./gantt-chart";
import { spansOf } from "./gantt-layout";

/** The same bars as a table: what a screen reader reads, and what anyone can copy. */
function TimelineTable() {
  const { t } = useTranslation();
  const { journey, openStep } = useJourneyContext();
  const spans = useMemo(() => spansOf(journey), [journey]);
  const phaseName = new Map(journey.phases.map((phase) => [phase.key, phase.name]));
  const day = (ms: number | null | undefined) => (ms === null || ms === undefined ? t("journeys.step.noDueDate") : formatInZone(new Date(ms).toISOString(), journey.timeZone));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs">
        <caption>
          <VisuallyHidden>{t("journeys.timeline.tableCaption")}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("journeys.columns.phase")}</Table.Th>
            <Table.Th>{t("journeys.columns.step")}</Table.Th>
            <Table.Th>{t("journeys.columns.earliestStart")}</Table.Th>
            <Table.Th>{t("journeys.columns.due")}</Table.Th>
            <Table.Th>{t("journeys.columns.state")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {journey.phases.flatMap((phase) =>
            journey.steps
              .filter((step) => step.phaseKey === phase.key)
              .map((step) => {
                const span = spans.get(step.id);
                return (
                  <Table.Tr key={step.id}>
                    <Table.Td>
                      <Text size="sm">{phaseName.get(step.phaseKey)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" size="sm" ta="left" onClick={() => openStep(step.id)}>
                        {step.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{span?.end === null ? "—" : day(span?.start)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{day(span?.end)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <StepStateBadges step={step} />
                    </Table.Td>
                  </Table.Tr>
                );
              }),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The Gantt-like timeline, switchable to a table. */
export function TimelineView() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"chart" | "table">("chart");
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t("journeys.timeline.explain")}
          </Text>
          <SegmentedControl
            aria-label={t("journeys.timeline.show")}
            value={mode}
            onChange={(value) => setMode(value === "table" ? "table" : "chart")}
            data={[
              { value: "chart", label: t("journeys.timeline.asChart") },
              { value: "table", label: t("journeys.timeline.asTable") },
            ]}
          />
        </Group>
        {mode === "chart" ? (
          <>
            <GanttChart />
            <GanttLegend />
          </>
        ) : (
          <TimelineTable />
        )}
      </Stack>
    </Paper>
  );
}

import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CalibrationReport, Comparison, InterviewerFigures } from "../../../domain/calibration/contracts";
import { FlagBadge, formatDiff } from "./figures-format";

/**
 * Each interviewer's mean difference from the panel, per criterion, as a diverging bar around a
 * centre line. Plain boxes: every bar has its figure and sample size written beside it, so the
 * chart reads the same without colour or sight, and no chart library lands in the bundle.
 */
export function DifferenceChart({ report }: { report: CalibrationReport }) {
  const { t } = useTranslation();
  // One scale for every bar on the page, at least a point either way, so small wobbles look small.
  const largest = Math.max(1, ...report.interviewers.flatMap((person) => [person.overall, ...person.byCriterion].map((c) => Math.abs(c.meanDiff))));
  const nameOf = (key: string) => report.criteria.find((criterion) => criterion.key === key)?.name ?? key;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t("calibration.chart.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("calibration.chart.hint")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {report.interviewers.map((person) => (
          <InterviewerChart key={person.userId} person={person} largest={largest} nameOf={nameOf} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function InterviewerChart({ person, largest, nameOf }: { person: InterviewerFigures; largest: number; nameOf: (key: string) => string }) {
  const { t } = useTranslation();
  const rows = [{ key: "__overall", label: t("calibration.chart.overall"), comparison: person.overall, strong: true }, ...person.byCriterion.map((c) => ({ key: c.key, label: nameOf(c.key), comparison: c, strong: false }))];
  return (
    <Paper withBorder p="md" component="section" aria-label={person.name}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={3} size="h5">
          {person.name}
        </Title>
        <Group gap={6}>
          {person.certified && (
            <Badge variant="light" color="gray">
              {t("calibration.flag.certified")}
            </Badge>
          )}
          <FlagBadge flag={person.overall.flag} />
        </Group>
      </Group>
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("calibration.chart.label", { name: person.name })}>
        {rows.map((row) => (
          <BarRow key={row.key} label={row.label} comparison={row.comparison} largest={largest} strong={row.strong} />
        ))}
      </Stack>
    </Paper>
  );
}

function BarRow({ label, comparison, largest, strong }: { label: string; comparison: Comparison; largest: number; strong: boolean }) {
  const { t } = useTranslation();
  const width = `${(Math.min(Math.abs(comparison.meanDiff), largest) * 50) / largest}%`;
  const color = comparison.flag === "high" ? "orange.8" : comparison.flag === "low" ? "indigo.7" : "gray.6";
  const diff = formatDiff(comparison.meanDiff);
  return (
    <Group component="li" gap="sm" wrap="nowrap">
      <Text size="sm" w={150} fw={strong ? 700 : 400} style={{ flex: "none" }} truncate="end" title={label}>
        {label}
      </Text>
      <Box style={{ flex: 1, position: "relative" }} h={14} bg="gray.1" aria-hidden>
        <Box style={{ position: "absolute", left: "50%", top: -2, bottom: -2, width: 1 }} bg="gray.7" />
        <Box h="100%" w={width} bg={color} style={{ position: "absolute", top: 0, borderRadius: 2, minWidth: comparison.meanDiff === 0 ? 0 : 2, ...(comparison.meanDiff >= 0 ? { left: "50%" } : { right: "50%" }) }} />
      </Box>
      <Text size="sm" w={104} ta="right" style={{ flex: "none", fontVariantNumeric: "tabular-nums" }} aria-hidden>
        {t("calibration.chart.figure", { diff, count: comparison.count })}
        {/* A shape as well as a colour marks a flag. */}
        {comparison.flag === "high" ? " ▲" : comparison.flag === "low" ? " ▼" : ""}
      </Text>
      <VisuallyHidden>
        {t("calibration.chart.figureLabel", { criterion: label, diff, count: comparison.count })}
        {comparison.flag ? ` ${t(`calibration.flag.${comparison.flag}`)}` : ""}
      </VisuallyHidden>
    </Group>
  );
}

import { Box, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StageSummary } from "../../../domain/interviews/summary";
import { scoreMax } from "../../../domain/interviews/kit";

/**
 * Mean score per criterion of one stage as plain bars out of 5, the figures written beside each
 * bar (as the cohort chart does), so it reads the same without colour or sight.
 */
export function SummaryChart({ stage }: { stage: StageSummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("interviews.summary.chart", { stage: stage.stageName })}>
      {stage.criteria.map((criterion) => (
        <Group key={criterion.key} component="li" gap="sm" wrap="nowrap">
          <Text size="sm" w={170} style={{ flex: "none" }} truncate="end" title={criterion.name}>
            {criterion.name}
          </Text>
          <Box style={{ flex: 1 }} h={14} bg="gray.1" aria-hidden>
            <Box h="100%" w={`${((criterion.mean ?? 0) * 100) / scoreMax}%`} bg="blue.8" style={{ borderRadius: 3 }} />
          </Box>
          <Text size="sm" w={190} ta="right" style={{ flex: "none" }}>
            {criterion.mean === null ? t("interviews.summary.unscored") : t("interviews.summary.criterionLine", { mean: criterion.mean, spread: criterion.spread ?? 0, count: criterion.count })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

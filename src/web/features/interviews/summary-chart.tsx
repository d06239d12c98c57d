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
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("interviews.summary.chart", { stage: stage.stageName })}>
      {stage.criteria.map((criterion) => (
        <Stack key={criterion.key} component="li" gap={2}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">{criterion.name}</Text>
            <Text size="sm" c="dimmed">
              {criterion.mean === null ? t("interviews.summary.unscored") : t("interviews.summary.criterionLine", { mean: criterion.mean, spread: criterion.spread ?? 0, count: criterion.count })}
            </Text>
          </Group>
          <Box h={12} bg="gray.1" aria-hidden style={{ borderRadius: 3 }}>
            <Box h="100%" w={`${((criterion.mean ?? 0) * 100) / scoreMax}%`} bg="blue.8" style={{ borderRadius: 3 }} />
          </Box>
        </Stack>
      ))}
    </Stack>
  );
}

import { Box, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { HealthFactor } from "../../../domain/health/schemas";
import { bandOf } from "../../../domain/health/score";
import { bandColor } from "./band-badge";

/**
 * Each factor as a plain bar out of 100 with its figures written beside it and the sentence that
 * explains it, so it reads the same without colour or sight. A factor without data says so.
 */
export function FactorBars({ factors }: { factors: readonly HealthFactor[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("health.scorecard.factorsTitle")}>
      {factors.map((factor) => {
        const name = t(`health.factors.${factor.key}`);
        return (
          <Stack key={factor.key} component="li" gap={2} data-factor={factor.key}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {name}
              </Text>
              <Text size="sm" c="dimmed">
                {factor.score === null ? t("health.scorecard.factorNoData", { weight: factor.weight }) : t("health.scorecard.factorLine", { score: factor.score, weight: factor.weight })}
              </Text>
            </Group>
            {factor.score !== null && (
              <Box h={10} bg="gray.1" role="img" aria-label={t("health.scorecard.factorBar", { factor: name, score: factor.score })} style={{ borderRadius: 3 }}>
                <Box h="100%" w={`${factor.score}%`} bg={bandColor[bandOf(factor.score)]} style={{ borderRadius: 3 }} />
              </Box>
            )}
            <Text size="sm">{factor.explanation}</Text>
          </Stack>
        );
      })}
    </Stack>
  );
}

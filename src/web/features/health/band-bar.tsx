import { Box, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BandTotals } from "../../../domain/health/contracts";
import type { HealthBand } from "../../../domain/health/schemas";
import { bandColor } from "./band-badge";

const order = ["at_risk", "watch", "healthy", "unscored"] as const;

/**
 * How many partners sit in each band, as one stacked bar with the counts written beside it.
 * Each count is a button that filters the table to its band (pressed again: all bands).
 */
export function BandBar({ totals, selected, onSelect }: { totals: BandTotals; selected: HealthBand | null; onSelect: (band: HealthBand | null) => void }) {
  const { t } = useTranslation();
  const all = order.reduce((sum, band) => sum + totals[band], 0);
  return (
    <Stack gap={6} component="section" aria-label={t("health.portfolio.bandBar")}>
      <Box h={14} style={{ display: "flex", borderRadius: 4, overflow: "hidden" }} bg="gray.1" aria-hidden>
        {all > 0 && order.map((band) => (totals[band] === 0 ? null : <Box key={band} h="100%" bg={bandColor[band]} style={{ width: `${(100 * totals[band]) / all}%` }} />))}
      </Box>
      <Group gap="xs" wrap="wrap">
        {order.map((band) => {
          const label = t("health.portfolio.bandCount", { band: t(`health.bands.${band}`), count: totals[band] });
          if (band === "unscored") {
            return totals.unscored === 0 ? null : (
              <Text key={band} size="sm" c="dimmed" px="xs">
                {label}
              </Text>
            );
          }
          return (
            <Button
              key={band}
              size="compact-sm"
              variant={selected === band ? "filled" : "default"}
              color={bandColor[band]}
              aria-pressed={selected === band}
              onClick={() => onSelect(selected === band ? null : band)}
              leftSection={<Box w={10} h={10} bg={bandColor[band]} style={{ borderRadius: 2 }} aria-hidden />}
            >
              {label}
            </Button>
          );
        })}
      </Group>
    </Stack>
  );
}

import { Box, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { JourneyStatus, type Cohort } from "../../../domain/journeys/contracts";
import { journeyStatusColor, JourneyStatusBadge } from "../journeys/components/status-badges";

/**
 * How the cohort's journeys split by status, as one labelled bar per status. Plain
 * boxes: the figures are written beside every bar, so the chart reads the same without colour or
 * sight, and no chart library lands in the bundle for five bars.
 */
export function StatusChart({ byStatus }: { byStatus: Cohort["figures"]["byStatus"] }) {
  const { t } = useTranslation();
  const statuses = JourneyStatus.options;
  const total = statuses.reduce((sum, status) => sum + byStatus[status], 0);
  const largest = Math.max(1, ...statuses.map((status) => byStatus[status]));
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("journeys.cohort.byStatus")}>
      {statuses.map((status) => {
        const count = byStatus[status];
        const share = total === 0 ? 0 : Math.round((count * 100) / total);
        return (
          <Group key={status} component="li" gap="sm" wrap="nowrap">
            <Box w={120} style={{ flex: "none" }}>
              <JourneyStatusBadge status={status} />
            </Box>
            <Box style={{ flex: 1 }} h={14} bg="gray.1" aria-hidden>
              <Box h="100%" w={`${(count * 100) / largest}%`} bg={`${journeyStatusColor(status)}.7`} style={{ borderRadius: 3, minWidth: count > 0 ? 3 : 0 }} />
            </Box>
            <Text size="sm" w={90} ta="right" style={{ flex: "none" }}>
              {t("journeys.cohort.countShare", { count, share })}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

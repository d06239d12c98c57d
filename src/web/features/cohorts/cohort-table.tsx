import { Progress, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Cohort } from "../../../domain/journeys/contracts";
import { AnchorLink } from "../../components/router-links";
import { formatDate } from "../../i18n/format";
import { JourneyStatusBadge, journeyStatusColor } from "../journeys/components/status-badges";

export function CohortTable({ ws, rows }: { ws: string; rows: Cohort["items"] }) {
  const { t } = useTranslation();
  const day = (iso: string | null) => (iso ? formatDate(iso) : "—");
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table highlightOnHover verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{t("journeys.cohort.caption")}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("journeys.cohort.partner")}</Table.Th>
            <Table.Th>{t("journeys.cohort.track")}</Table.Th>
            <Table.Th>{t("journeys.cohort.template")}</Table.Th>
            <Table.Th>{t("journeys.cohort.status")}</Table.Th>
            <Table.Th w={180}>{t("journeys.cohort.progress")}</Table.Th>
            <Table.Th>{t("journeys.header.started")}</Table.Th>
            <Table.Th>{t("journeys.cohort.projected")}</Table.Th>
            <Table.Th>{t("journeys.cohort.duration")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <AnchorLink to="/w/$ws/partners/$partnerId/journey" params={{ ws, partnerId: row.partnerId }} search={{ journey: row.id }} fw={600} size="sm">
                  {row.partnerName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.partnerType}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.templateName}</Text>
                <Text size="xs" c="dimmed">
                  {t("journeys.header.version", { version: row.templateVersion })}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <JourneyStatusBadge status={row.status} />
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Progress value={row.progress.percent} color={journeyStatusColor(row.status)} aria-label={t("journeys.cohort.progressOf", { partner: row.partnerName })} />
                  <Text size="xs" c="dimmed">
                    {t("journeys.cohort.progressText", { done: row.progress.done, total: row.progress.total, percent: row.progress.percent })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{day(row.startedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.completedAt ? t("journeys.cohort.doneOn", { date: day(row.completedAt) }) : day(row.projectedCompletionAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t("journeys.cohort.days", { count: row.durationDays })}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

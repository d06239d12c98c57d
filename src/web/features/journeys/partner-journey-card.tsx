import { EmptyState, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconArrowRight, IconRoute } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { JourneySummary } from "../../../domain/journeys/contracts";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { ButtonLink } from "../../components/router-links";
import { formatDate } from "../../i18n/format";
import { usePartnerJourneys } from "./api";
import { JourneyStatusBadge, journeyStatusColor } from "./components/status-badges";
import { ProgressLine } from "./components/progress-line";

function Summary({ journey }: { journey: JourneySummary }) {
  const { t } = useTranslation();
  const day = (iso: string | null) => (iso ? formatDate(iso) : t("journeys.header.noDate"));
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Title order={3} size="h4">
          {journey.templateName}
        </Title>
        <JourneyStatusBadge status={journey.status} />
      </Group>
      <ProgressLine progress={journey.progress} label={t("journeys.progress.journey")} color={journeyStatusColor(journey.status)} />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Text size="sm">
          {t("journeys.header.started")}: {day(journey.startedAt)}
        </Text>
        <Text size="sm">
          {t("journeys.header.planned")}: {day(journey.plannedCompletionAt)}
        </Text>
        <Text size="sm">
          {t("journeys.header.projected")}: {day(journey.projectedCompletionAt)}
        </Text>
      </SimpleGrid>
    </Stack>
  );
}

/** The partner page's Journey tab: where the partner's journey stands, and the way to it. */
export function PartnerJourneyCard({ ws, partnerId }: { ws: string; partnerId: string }) {
  const { t } = useTranslation();
  const journeys = usePartnerJourneys(ws, partnerId);
  if (journeys.error) return <QueryError error={journeys.error} onRetry={() => void journeys.refetch()} />;
  if (journeys.isPending) return <PageLoader />;
  const running = journeys.data.filter((journey) => journey.status !== "done" && journey.status !== "cancelled");
  const open = (
    <ButtonLink to="/w/$ws/partners/$partnerId/journey" params={{ ws, partnerId }} rightSection={<IconArrowRight size={16} aria-hidden />}>
      {journeys.data.length === 0 ? t("journeys.card.openEmpty") : t("journeys.card.open")}
    </ButtonLink>
  );
  if (journeys.data.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState icon={<IconRoute aria-hidden />} title={t("journeys.page.emptyTitle")} description={t("journeys.card.empty")}>
          {open}
        </EmptyState>
      </Paper>
    );
  }
  const shown = running.length > 0 ? running : journeys.data.slice(0, 1);
  return (
    <Paper withBorder p="lg">
      <Stack gap="lg">
        {shown.map((journey) => (
          <Summary key={journey.id} journey={journey} />
        ))}
        <Group>{open}</Group>
      </Stack>
    </Paper>
  );
}

import { Button, EmptyState, Group, Paper, Select, Stack, Tabs } from "@mantine/core";
import { IconHistory, IconListDetails, IconPlayerPlay, IconRoute, IconTimeline } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import type { JourneySummary } from "../../../domain/journeys/contracts";
import type { Partner, PartnerPeople } from "../../../domain/partners/schemas";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { formatDate } from "../../i18n/format";
import { usePartner, usePartnerPeople } from "../partners/api";
import { useActor, useWorkspace } from "../workspace/api";
import { useJourney, usePartnerJourneys } from "./api";
import { StepDrawer } from "./drawer/step-drawer";
import { JourneyHeader } from "./header/journey-header";
import { EventList } from "./history/event-list";
import { JourneyContext } from "./journey-context";
import { PhasesView } from "./phases/phases-view";
import { journeyViews, type JourneyPageSearch } from "./search";
import { StartJourneyDialog } from "./start/start-journey-dialog";
import { TimelineView } from "./timeline/timeline-view";

const route = getRouteApi("/w/$ws/partners/$partnerId/journey");

const isRunning = (journey: JourneySummary) => journey.status !== "done" && journey.status !== "cancelled";

/** The journey to show: the one in the URL, else the running one, else the latest. */
function pickJourney(journeys: readonly JourneySummary[], wanted: string | undefined): JourneySummary | undefined {
  const newestFirst = [...journeys].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return newestFirst.find((journey) => journey.id === wanted) ?? newestFirst.find(isRunning) ?? newestFirst[0];
}

function managesPartner(actor: ReturnType<typeof useActor>, partner: Partner, people: PartnerPeople | undefined) {
  const teamUserIds = people?.hostContacts.filter((contact) => contact.responsibility === "team").map((contact) => contact.id) ?? [];
  return can(actor, "journey.manage", { partner: { id: partner.id, ownerUserId: partner.owner?.id ?? null, teamUserIds } }) === "allow";
}

export function JourneyPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const { partnerId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/partners/$partnerId/journey" });
  const partner = usePartner(ws, partnerId);
  const people = usePartnerPeople(ws, partnerId);
  const journeys = usePartnerJourneys(ws, partnerId);
  const chosen = useMemo(() => (journeys.data ? pickJourney(journeys.data, search.journey) : undefined), [journeys.data, search.journey]);
  const journey = useJourney(ws, partnerId, chosen?.id);
  const [starting, setStarting] = useState(false);

  const setSearch = (changes: Partial<JourneyPageSearch>, replace = false) => void navigate({ search: (previous) => ({ ...previous, ...changes }), replace });
  const backToPartner = (
    <AnchorLink to="/w/$ws/partners/$partnerId" params={{ ws, partnerId }} size="sm">
      ← {partner.data?.name ?? t("journeys.page.partner")}
    </AnchorLink>
  );

  const error = partner.error ?? journeys.error ?? journey.error;
  if (error) {
    return (
      <Stack gap="md" align="flex-start">
        {backToPartner}
        <QueryError error={error} onRetry={() => void Promise.all([partner.refetch(), journeys.refetch(), journey.refetch()])} />
      </Stack>
    );
  }
  if (!partner.data || !journeys.data || (chosen && journey.isPending)) return <PageLoader />;
  const partnerData = partner.data;
  const all = journeys.data;

  const canStart = managesPartner(actor, partnerData, people.data) && !all.some(isRunning);
  const startButton = canStart && (
    <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => setStarting(true)}>
      {t("journeys.start.open")}
    </Button>
  );
  const chooser = all.length > 1 && chosen && (
    <Select
      label={t("journeys.page.choose")}
      data={all.map((candidate) => ({ value: candidate.id, label: t("journeys.page.option", { template: candidate.templateName, date: formatDate(candidate.startedAt), status: t(`journeys.status.${candidate.status}`) }) }))}
      value={chosen.id}
      onChange={(value) => setSearch({ journey: value ?? undefined, step: undefined })}
      allowDeselect={false}
      w={320}
    />
  );

  return (
    <Stack gap={0}>
      <PageHeader
        before={backToPartner}
        title={t("journeys.page.title", { partner: partnerData.name })}
        actions={
          <Group align="flex-end">
            {chooser}
            {/* Without any journey the empty state below offers the start instead. */}
            {journey.data && startButton}
          </Group>
        }
      />
      {!journey.data ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconRoute aria-hidden />} title={t("journeys.page.emptyTitle")} description={canStart ? t("journeys.page.empty") : t("journeys.page.emptyReadOnly")}>
            {startButton}
          </EmptyState>
        </Paper>
      ) : (
        <JourneyContext.Provider value={{ ws, partnerId, journey: journey.data, reload: () => journey.refetch(), openStep: (step) => setSearch({ step }, false) }}>
          <JourneyHeader journey={journey.data} />
          <Tabs value={search.view ?? "phases"} onChange={(value) => setSearch({ view: journeyViews.find((view) => view === value && view !== "phases") }, true)} keepMounted={false}>
            <Tabs.List mb="lg">
              <Tabs.Tab value="phases" leftSection={<IconListDetails size={16} aria-hidden />}>
                {t("journeys.views.phases")}
              </Tabs.Tab>
              <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} aria-hidden />}>
                {t("journeys.views.timeline")}
              </Tabs.Tab>
              <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
                {t("journeys.views.history")}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="phases">
              <PhasesView />
            </Tabs.Panel>
            <Tabs.Panel value="timeline">
              <TimelineView />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <EventList />
            </Tabs.Panel>
          </Tabs>
          <StepDrawer stepId={search.step} />
        </JourneyContext.Provider>
      )}
      {starting && (
        <StartJourneyDialog
          ws={ws}
          partner={partnerData}
          onClose={() => setStarting(false)}
          onStarted={(started) => {
            setStarting(false);
            setSearch({ journey: started.id, step: undefined, view: undefined });
          }}
        />
      )}
    </Stack>
  );
}

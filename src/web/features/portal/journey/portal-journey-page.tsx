import { Badge, EmptyState, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconRoute } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { Journey, JourneyPhase, JourneyStatus } from "../../../../domain/journeys/contracts";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { AnchorLink } from "../../../components/router-links";
import { useActor, useWorkspace } from "../../workspace/api";
import { currentJourneyOf, usePortalJourney, usePortalJourneys } from "./api";
import { JourneyStepCard } from "./journey-step-card";
import { LabelledProgress } from "../../journeys/step-work/labelled-progress";

const route = getRouteApi("/w/$ws/portal/journey");

const statusColors: Record<JourneyStatus, string> = { on_track: "green", at_risk: "yellow", late: "red", done: "teal", cancelled: "gray" };
const phaseStateKeys = { locked: "portalJourney.phaseLocked", open: "portalJourney.phaseOpen", done: "portalJourney.phaseDone" } as const;

function PhaseSection({ journey, phase, myUserId, hostName, openStepId, onToggle }: { journey: Journey; phase: JourneyPhase; myUserId: string; hostName: string; openStepId: string | undefined; onToggle: (stepId: string) => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const steps = journey.steps.filter((step) => step.phaseKey === phase.key);
  if (steps.length === 0) return null;
  const headingId = `phase-${phase.key}`;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {phase.name}
            </Title>
            {phase.description && (
              <Text size="sm" c="dimmed">
                {phase.description}
              </Text>
            )}
          </div>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t("portalJourney.phaseProgress", phase.progress)}
            </Text>
            <Badge variant="light" color={phase.state === "done" ? "green" : phase.state === "open" ? "blue" : "gray"}>
              {t(phaseStateKeys[phase.state])}
            </Badge>
          </Group>
        </Group>
        {steps.map((step) => (
          <JourneyStepCard
            key={step.id}
            ws={workspace.slug}
            partnerId={journey.partnerId}
            journey={journey}
            step={step}
            myUserId={myUserId}
            hostName={hostName}
            opened={openStepId === step.id}
            onToggle={() => onToggle(step.id)}
          />
        ))}
      </Stack>
    </section>
  );
}

/**
 * The partner's whole journey (shared steps only: the server leaves the rest out), phase by phase,
 * with who owns each step and the work on the steps this person may act on.
 */
export function PortalJourneyPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const actor = useActor();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/portal/journey" });
  const partnerId = actor.kind === "partner" ? actor.partnerId : "";
  const journeys = usePortalJourneys(workspace.slug, partnerId);
  const chosen = search.journey ?? (journeys.data ? currentJourneyOf(journeys.data)?.id : undefined);
  const journey = usePortalJourney(workspace.slug, partnerId, chosen);

  // A link to a step (from "what's next" or a notification) scrolls to it once it is on the page.
  const openStepId = search.step;
  const loaded = Boolean(journey.data);
  useEffect(() => {
    if (openStepId && loaded) document.getElementById(`step-${openStepId}`)?.scrollIntoView({ block: "start" });
  }, [openStepId, loaded]);

  const back = (
    <AnchorLink to="/w/$ws/portal" params={{ ws: workspace.slug }} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {workspace.name}
      </Group>
    </AnchorLink>
  );
  const header = <PageHeader before={back} title={t("portalJourney.title")} description={t("portalJourney.description", { host: workspace.name })} />;

  if (journeys.error) return <>{header}<QueryError error={journeys.error} onRetry={() => void journeys.refetch()} /></>;
  if (journeys.isPending) return <PageLoader />;
  if (!chosen) {
    return (
      <>
        {header}
        <Paper withBorder p="xl">
          <EmptyState icon={<IconRoute aria-hidden />} title={t("portalJourney.empty", { host: workspace.name })} />
        </Paper>
      </>
    );
  }
  if (journey.error) return <>{header}<QueryError error={journey.error} onRetry={() => void journey.refetch()} /></>;
  if (journey.isPending) return <PageLoader />;
  const data = journey.data;
  const toggle = (stepId: string) => void navigate({ search: (previous) => ({ ...previous, step: previous.step === stepId ? undefined : stepId }), replace: true, resetScroll: false });

  return (
    <Stack gap="lg">
      {header}
      {journeys.data.length > 1 && (
        <Select
          label={t("portalJourney.chooseJourney")}
          data={journeys.data.map((item) => ({ value: item.id, label: item.name }))}
          value={data.id}
          allowDeselect={false}
          onChange={(value) => value && void navigate({ search: { journey: value } })}
          maw={420}
        />
      )}
      <Paper withBorder p="lg">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{data.name}</Text>
          <Badge color={statusColors[data.status]} variant="light">
            {t(`portalJourney.statuses.${data.status}`)}
          </Badge>
        </Group>
        <Text size="sm" id="journey-progress">
          {t("portalJourney.progress", data.progress)}
        </Text>
        <LabelledProgress value={data.progress.percent} labelledBy="journey-progress" />
      </Paper>
      {data.phases.map((phase) => (
        <PhaseSection key={phase.key} journey={data} phase={phase} myUserId={actor.userId} hostName={workspace.name} openStepId={openStepId} onToggle={toggle} />
      ))}
    </Stack>
  );
}

import { Badge, EmptyState, Group, Paper, Stack, Text, Timeline } from "@mantine/core";
import { IconHistory, IconPoint } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { JourneyEvent } from "../../../../domain/journeys/contracts";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { formatDateTime, formatRelative } from "../../../i18n/format";
import { useJourneyEvents } from "../api";
import { useJourneyContext } from "../journey-context";
import { formatInZone } from "../zoned-format";

/** Event types the catalogue has words for; a type added later reads as its code until it gets some. */
const eventKeys = {
  "journey.started": "journeys.events.journeyStarted",
  "journey.cancelled": "journeys.events.journeyCancelled",
  "journey.completed": "journeys.events.journeyCompleted",
  "journey.upgraded": "journeys.events.journeyUpgraded",
  "step.completed": "journeys.events.stepCompleted",
  "step.occurrence_done": "journeys.events.stepOccurrenceDone",
  "step.reopened": "journeys.events.stepReopened",
  "step.skipped": "journeys.events.stepSkipped",
  "step.reassigned": "journeys.events.stepReassigned",
  "step.rescheduled": "journeys.events.stepRescheduled",
  "step.added": "journeys.events.stepAdded",
  "step.scheduled": "journeys.events.stepScheduled",
  "step.file_uploaded": "journeys.events.stepFileUploaded",
  "step.repeat_ended": "journeys.events.stepRepeatEnded",
  "phase.opened": "journeys.events.phaseOpened",
} as const;

function isKnownEvent(type: string): type is keyof typeof eventKeys {
  return Object.hasOwn(eventKeys, type);
}

function useEventLabel() {
  const { t } = useTranslation();
  return (type: string) => (isKnownEvent(type) ? t(eventKeys[type]) : type.replace(/[._]/g, " "));
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);
const count = (value: unknown) => (typeof value === "number" ? value : null);

/** What changed, for the events whose data says it: new due dates and template versions. */
function useEventDetail(zone: string) {
  const { t } = useTranslation();
  const day = (iso: string | null) => (iso ? formatInZone(iso, zone) : t("journeys.step.noDueDate"));
  return (event: JourneyEvent): string | null => {
    const { from, to, dueAt } = event.data;
    if (event.type === "step.rescheduled" && text(to)) return t("journeys.history.rescheduled", { from: day(text(from)), to: day(text(to)) });
    if (event.type === "step.added" && text(dueAt)) return t("journeys.history.added", { date: day(text(dueAt)) });
    const fromVersion = count(from);
    const toVersion = count(to);
    if (event.type === "journey.upgraded" && fromVersion !== null && toVersion !== null) return t("journeys.history.upgraded", { from: fromVersion, to: toVersion });
    return null;
  };
}

function EventItem({ event }: { event: JourneyEvent }) {
  const { t } = useTranslation();
  const label = useEventLabel();
  const { journey } = useJourneyContext();
  const detail = useEventDetail(journey.timeZone)(event);
  const reason = text(event.data.reason) ?? text(event.data.note);
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {label(event.type)}
        </Text>
        {event.stepTitle && (
          <Badge variant="light" color="gray" tt="none">
            {event.stepTitle}
          </Badge>
        )}
      </Group>
      {detail && <Text size="sm">{detail}</Text>}
      {reason && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {t("journeys.history.reason", { reason })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {event.actor ? `${event.actor.name} · ` : `${t("common.system")} · `}
        <time dateTime={event.at} title={formatDateTime(event.at)}>
          {formatRelative(event.at)}
        </time>
      </Text>
    </Stack>
  );
}

/** Every change to the journey, newest first, from its append-only event log. */
export function EventList() {
  const { t } = useTranslation();
  const { ws, partnerId, journey } = useJourneyContext();
  const events = useJourneyEvents(ws, partnerId, journey.id);
  if (events.error) return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (events.isPending) return <PageLoader />;
  if (events.data.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState icon={<IconHistory aria-hidden />} title={t("journeys.history.emptyTitle")} description={t("journeys.history.empty")} />
      </Paper>
    );
  }
  return (
    <Paper withBorder p="lg">
      <Timeline bulletSize={18} lineWidth={2} active={events.data.length}>
        {events.data.map((event) => (
          <Timeline.Item key={event.id} bullet={<IconPoint size={12} aria-hidden />}>
            <EventItem event={event} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}

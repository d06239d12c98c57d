import { Badge, EmptyState, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconAlarm, IconCalendarDue, IconChecklist, IconClockExclamation, IconGavel, type Icon } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { MyWork, WorkItem } from "../../../domain/journeys/contracts";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { formatDateTime, formatRelative } from "../../i18n/format";
import { KindIcon } from "../journeys/components/kind-icon";
import { LateBadge, StepStateBadge } from "../journeys/components/status-badges";
import { useWorkspace } from "../workspace/api";
import { useMyWork } from "./api";

type Group = keyof MyWork;
const groups: { key: Group; icon: Icon; color: string }[] = [
  { key: "late", icon: IconClockExclamation, color: "red" },
  { key: "dueSoon", icon: IconAlarm, color: "orange" },
  { key: "waiting", icon: IconGavel, color: "violet" },
  { key: "later", icon: IconCalendarDue, color: "gray" },
];

function Item({ ws, item }: { ws: string; item: WorkItem }) {
  const { t } = useTranslation();
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm" py="xs" style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}>
      <Group gap="sm" wrap="nowrap" miw={0}>
        <KindIcon kind={item.kind} />
        <Stack gap={0} miw={0}>
          <AnchorLink to="/w/$ws/partners/$partnerId/journey" params={{ ws, partnerId: item.partnerId }} search={{ journey: item.journeyId, step: item.stepId }} fw={600} size="sm">
            {item.title}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {item.partnerName}
            {item.owner ? ` · ${item.owner.name}` : ""}
          </Text>
        </Stack>
      </Group>
      <Stack gap={4} align="flex-end" style={{ flex: "none" }}>
        <Group gap={4} wrap="nowrap">
          {item.state !== "ready" && <StepStateBadge state={item.state} />}
          {item.late && <LateBadge />}
        </Group>
        <Text size="xs" c={item.late ? "red.9" : "dimmed"}>
          {item.dueAt ? (
            <time dateTime={item.dueAt} title={formatDateTime(item.dueAt)}>
              {t("journeys.myWork.due", { when: formatRelative(item.dueAt) })}
            </time>
          ) : (
            t("journeys.step.noDueDate")
          )}
        </Text>
      </Stack>
    </Group>
  );
}

function WorkGroup({ ws, group, items }: { ws: string; group: (typeof groups)[number]; items: WorkItem[] }) {
  const { t } = useTranslation();
  const headingId = `work-${group.key}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <group.icon size={20} aria-hidden color={`var(--mantine-color-${group.color}-9)`} />
          <Title order={2} size="h4" id={headingId}>
            {t(`journeys.myWork.groups.${group.key}.title`)}
          </Title>
        </Group>
        <Badge color={group.color} variant="light" aria-label={t("journeys.myWork.count", { count: items.length })}>
          {items.length}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t(`journeys.myWork.groups.${group.key}.hint`)}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`journeys.myWork.groups.${group.key}.empty`)}
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: "none" }}>
          {items.map((item) => (
            <Item key={item.stepId} ws={ws} item={item} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** Everything open for me across all partners, most urgent first: late, due soon, waiting on my approval, later. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const work = useMyWork(ws);

  return (
    <>
      <PageHeader title={t("journeys.myWork.title")} description={t("journeys.myWork.description")} />
      {work.error ? (
        <QueryError error={work.error} onRetry={() => void work.refetch()} />
      ) : work.isPending ? (
        <PageLoader />
      ) : groups.every((group) => work.data[group.key].length === 0) ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconChecklist aria-hidden />} title={t("journeys.myWork.emptyTitle")} description={t("journeys.myWork.empty")} />
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          {groups.map((group) => (
            <WorkGroup key={group.key} ws={ws} group={group} items={work.data[group.key]} />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}

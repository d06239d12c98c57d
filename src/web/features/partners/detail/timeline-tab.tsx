import { Badge, Button, Center, EmptyState, Group, Paper, Stack, Text, Timeline } from "@mantine/core";
import { IconActivity, IconPoint } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { formatDateTime, formatRelative } from "../../../i18n/format";
import { useTimeline } from "../api";

/** Everything that happened to the partner, newest first, twenty at a time. */
export function TimelineTab({ ws, partnerId }: { ws: string; partnerId: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline(ws, partnerId);

  if (timeline.error) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  if (timeline.isPending) return <PageLoader />;
  const entries = timeline.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState icon={<IconActivity aria-hidden />} title={t("partners.timeline.emptyTitle")} description={t("partners.timeline.empty")} />
      </Paper>
    );
  }

  return (
    <Paper withBorder p="lg">
      <Timeline bulletSize={18} lineWidth={2} active={entries.length}>
        {entries.map((entry) => (
          <Timeline.Item key={entry.id} bullet={<IconPoint size={12} aria-hidden />}>
            <Stack gap={2}>
              <Text size="sm">{entry.summary}</Text>
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  <time dateTime={entry.at} title={formatDateTime(entry.at)}>
                    {formatRelative(entry.at)}
                  </time>
                </Text>
                <Badge size="xs" variant="outline" color={entry.visibility === "shared" ? "teal" : "gray"}>
                  {t(`partners.timeline.visibility.${entry.visibility}`)}
                </Badge>
              </Group>
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
      {timeline.hasNextPage && (
        <Center mt="lg">
          <Button variant="default" onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
            {t("partners.timeline.loadMore")}
          </Button>
        </Center>
      )}
    </Paper>
  );
}

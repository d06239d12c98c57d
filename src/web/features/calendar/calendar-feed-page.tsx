import { Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCalendarPlus, IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../../api/problems";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { notifySuccess } from "../../components/notify";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { formatDateTime } from "../../i18n/format";
import { useWorkspace } from "../workspace/api";
import { useCalendarFeed, useCreateCalendarFeed, useTurnOffCalendarFeed } from "./api";
import { FeedAddress } from "./feed-address";
import { SubscribeHelp } from "./subscribe-help";

type Confirming = "regenerate" | "turnOff" | null;

/**
 * My private calendar feed (R-H2), for staff and partner users alike: what it holds, turning it
 * on, replacing its address (the old one stops working) or turning it off, and how to subscribe.
 */
export function CalendarFeedPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const ws = workspace.slug;
  const feed = useCalendarFeed(ws);
  const create = useCreateCalendarFeed(ws);
  const turnOff = useTurnOffCalendarFeed(ws);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [shownUrl, setShownUrl] = useState<string | null>(null);
  const isPartner = workspace.me.kind === "partner";

  const makeFeed = () =>
    create.mutate(undefined, {
      onSuccess: (created) => {
        setShownUrl(created.url);
        setConfirming(null);
      },
    });

  const closeConfirm = () => {
    create.reset();
    turnOff.reset();
    setConfirming(null);
  };

  return (
    <Stack gap="md">
      <PageHeader title={t("calendar.title")} description={t("calendar.description")} />
      <Paper withBorder p="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t("calendar.holdsTitle")}
          </Title>
          <List size="sm" spacing={4}>
            <List.Item>{t("calendar.holdsMeetings")}</List.Item>
            <List.Item>{isPartner ? t("calendar.holdsStepsPartner") : t("calendar.holdsSteps")}</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            {t("calendar.privateNote")}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="lg">
        {feed.error ? (
          <QueryError error={feed.error} onRetry={() => void feed.refetch()} />
        ) : feed.isPending ? (
          <PageLoader />
        ) : (
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap">
              <Group gap="sm">
                <Title order={2} size="h4">
                  {t("calendar.statusTitle")}
                </Title>
                <Badge variant="light" color={feed.data.active ? "green" : "gray"}>
                  {feed.data.active ? t("calendar.on") : t("calendar.off")}
                </Badge>
              </Group>
              {feed.data.active ? (
                <Group gap="sm">
                  <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setConfirming("regenerate")}>
                    {t("calendar.regenerate")}
                  </Button>
                  <Button variant="subtle" color="red" onClick={() => setConfirming("turnOff")}>
                    {t("calendar.turnOff")}
                  </Button>
                </Group>
              ) : (
                <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} loading={create.isPending} onClick={makeFeed}>
                  {t("calendar.turnOn")}
                </Button>
              )}
            </Group>
            {create.error && confirming === null && (
              <Text c="red" size="sm" role="alert">
                {problemMessage(create.error, t)}
              </Text>
            )}
            <Text size="sm">{feed.data.active && feed.data.createdAt ? t("calendar.onSince", { date: formatDateTime(feed.data.createdAt) }) : t("calendar.offExplained")}</Text>
            {shownUrl && <FeedAddress url={shownUrl} onDone={() => setShownUrl(null)} />}
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="lg">
        <SubscribeHelp />
      </Paper>
      <ConfirmDialog
        opened={confirming === "regenerate"}
        title={t("calendar.regenerateTitle")}
        message={t("calendar.regenerateMessage")}
        confirmLabel={t("calendar.regenerate")}
        danger
        loading={create.isPending}
        error={create.error ? <Text c="red" size="sm" role="alert">{problemMessage(create.error, t)}</Text> : null}
        onConfirm={makeFeed}
        onClose={closeConfirm}
      />
      <ConfirmDialog
        opened={confirming === "turnOff"}
        title={t("calendar.turnOffTitle")}
        message={t("calendar.turnOffMessage")}
        confirmLabel={t("calendar.turnOff")}
        danger
        loading={turnOff.isPending}
        error={turnOff.error ? <Text c="red" size="sm" role="alert">{problemMessage(turnOff.error, t)}</Text> : null}
        onConfirm={() =>
          turnOff.mutate(undefined, {
            onSuccess: () => {
              setShownUrl(null);
              setConfirming(null);
              notifySuccess(t("calendar.turnedOff"));
            },
          })
        }
        onClose={closeConfirm}
      />
    </Stack>
  );
}

import { ActionIcon, Button, Divider, EmptyState, Group, Indicator, Loader, Popover, ScrollArea, Text } from "@mantine/core";
import { IconBell, IconBellOff } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Notification } from "../../../domain/notifications/schemas";
import { QueryError } from "../../components/query-error";
import { notifyError } from "../../components/notify";
import { useWorkspace } from "../workspace/api";
import { useMarkAllRead, useMarkRead, useNotifications } from "./api";
import { NotificationList } from "./notification-list";

/**
 * The bell in the staff and portal headers: the unread count on the button (and in its name),
 * a popover with the newest notifications; opening one marks it read and goes to its page.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const [opened, setOpened] = useState(false);
  const navigate = useNavigate();
  const list = useNotifications(ws);
  const markRead = useMarkRead(ws);
  const markAllRead = useMarkAllRead(ws);
  const unread = list.data?.unread ?? 0;

  const open = (notification: Notification) => {
    setOpened(false);
    if (notification.readAt === null) markRead.mutate(notification.id, { onError: () => notifyError(t("notifications.markFailed")) });
    if (notification.link) void navigate({ href: notification.link });
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" trapFocus withinPortal={false}>
      {/* The count is in the button's name; the badge repeats it for the eye only. */}
      <Indicator label={<span aria-hidden>{unread > 99 ? "99+" : unread}</span>} size={18} offset={4} disabled={unread === 0} color="red.8">
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t("notifications.bellLabel", { count: unread })} onClick={() => setOpened((o) => !o)}>
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} aria-label={t("notifications.title")}>
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={600} size="sm" component="h2" m={0}>
            {t("notifications.title")}
          </Text>
          <Button variant="subtle" size="compact-xs" disabled={unread === 0} loading={markAllRead.isPending} onClick={() => markAllRead.mutate(undefined, { onError: () => notifyError(t("notifications.markFailed")) })}>
            {t("notifications.markAllRead")}
          </Button>
        </Group>
        <Divider />
        {list.error ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.isPending ? (
          <Group justify="center" p="md">
            <Loader size="sm" aria-label={t("common.loading")} />
          </Group>
        ) : list.data.items.length === 0 ? (
          <EmptyState icon={<IconBellOff aria-hidden />} title={t("notifications.emptyTitle")} description={t("notifications.empty")} p="md" />
        ) : (
          <ScrollArea.Autosize mah={420} type="auto" p={4}>
            <NotificationList items={list.data.items} onOpen={open} />
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

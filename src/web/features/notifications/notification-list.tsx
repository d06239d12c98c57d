import { Box, Group, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Notification } from "../../../domain/notifications/schemas";
import { formatDateTime, formatRelative } from "../../i18n/format";
import classes from "./notification-list.module.css";

interface Props {
  items: readonly Notification[];
  onOpen(notification: Notification): void;
}

/** The bell's list: newest first, unread ones marked (by a dot and in words for screen readers). */
export function NotificationList({ items, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <ul className={classes.list} aria-label={t("notifications.listLabel")}>
      {items.map((item) => {
        const unread = item.readAt === null;
        return (
          <li key={item.id}>
            <UnstyledButton className={classes.item} data-unread={unread || undefined} onClick={() => onOpen(item)} w="100%">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Box className={classes.dot} data-unread={unread || undefined} aria-hidden />
                <Box miw={0}>
                  {unread && <VisuallyHidden>{t("notifications.unread")}: </VisuallyHidden>}
                  <Text size="sm" fw={unread ? 600 : 400} lineClamp={2}>
                    {item.title}
                  </Text>
                  {item.body && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {item.body}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" mt={2} component="time" dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
                    {formatRelative(item.createdAt)}
                  </Text>
                </Box>
              </Group>
            </UnstyledButton>
          </li>
        );
      })}
    </ul>
  );
}

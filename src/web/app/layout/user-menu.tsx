import { Avatar, Button, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { IconCalendarEvent, IconChevronDown, IconLogout, IconSwitchHorizontal } from "@tabler/icons-react";
import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { meQuery, signOut } from "../../features/auth/api";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const run = async () => {
    setPending(true);
    try {
      await signOut();
    } finally {
      // Whatever the server said, this browser forgets everything it knew.
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
      setPending(false);
      await navigate({ to: "/sign-in" });
    }
  };
  return { run, pending };
}

export function SignOutButton() {
  const { t } = useTranslation();
  const { run, pending } = useSignOut();
  return (
    <Button variant="subtle" color="gray" leftSection={<IconLogout size={16} aria-hidden />} loading={pending} onClick={() => void run()}>
      {t("nav.signOut")}
    </Button>
  );
}

/** Who I am, where else I belong, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useSuspenseQuery(meQuery).data;
  const { run } = useSignOut();
  const navigate = useNavigate();
  // Only inside a workspace: the feed is per workspace, and staff and partner users have their own page.
  const { ws } = useParams({ strict: false });
  const here = ws === undefined ? undefined : me?.memberships.find((membership) => membership.workspace.slug === ws);
  if (!me) return null;
  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal={false} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton aria-label={t("nav.userMenu", { name: me.user.name })} p={4} style={{ borderRadius: 8 }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" color="indigo" radius="xl" aria-hidden>
              {initials(me.user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {me.user.name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark" component="div">
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" component="div">
            {me.user.email}
          </Text>
        </Menu.Label>
        {me.memberships.length > 1 && (
          <Menu.Item leftSection={<IconSwitchHorizontal size={16} aria-hidden />} onClick={() => void navigate({ to: "/" })}>
            {t("nav.switchWorkspace")}
          </Menu.Item>
        )}
        {here && (
          <Menu.Item
            leftSection={<IconCalendarEvent size={16} aria-hidden />}
            onClick={() => void navigate(here.kind === "partner" ? { to: "/w/$ws/portal/calendar", params: { ws: here.workspace.slug } } : { to: "/w/$ws/calendar", params: { ws: here.workspace.slug } })}
          >
            {t("calendar.menuItem")}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void run()}>
          {t("nav.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

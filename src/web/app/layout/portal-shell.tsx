import { AppShell, Container, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useWorkspace } from "../../features/workspace/api";
import { Brand } from "./brand";
import { PortalNav } from "./portal-nav";
import { SkipLink } from "./skip-link";
import { NotificationBell } from "../../features/notifications/notification-bell";
import { UserMenu } from "./user-menu";

/** The partner portal: one organisation's page, no staff navigation at all. */
export function PortalShell({ children }: { children: ReactNode }) {
  const workspace = useWorkspace();
  return (
    <AppShell header={{ height: 56 }} padding="lg">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Brand workspaceName={workspace.name} />
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0">
        <Container size="lg" px={0}>
          <PortalNav ws={workspace.slug} />
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

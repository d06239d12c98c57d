import { AppShell, Burger, Group, ScrollArea, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBuildingStore, IconChecklist, IconHeartbeat, IconMessageQuestion, IconDatabaseImport, IconLayoutKanban, IconFileCode, IconHistory, IconKey, IconListDetails, IconMail, IconMailCog, IconMessages, IconRoute, IconScale, IconSitemap, IconUsers } from "@tabler/icons-react";
import { useLocation } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { NavLinkLink } from "../../components/router-links";
import { useActor, useWorkspace } from "../../features/workspace/api";
import { Brand } from "./brand";
import { SkipLink } from "./skip-link";
import { NotificationBell } from "../../features/notifications/notification-bell";
import { UserMenu } from "./user-menu";

const navItems = [
  { to: "/w/$ws/work", segment: "work", action: "work.read", icon: IconChecklist, label: "journeys.nav.myWork", section: "main" },
  { to: "/w/$ws/interviews", segment: "interviews", action: "interview.read", icon: IconMessages, label: "interviews.nav.mine", section: "main" },
  { to: "/w/$ws/partners", segment: "partners", action: "partner.list", icon: IconBuildingStore, label: "nav.partners", section: "main" },
  { to: "/w/$ws/pipeline", segment: "pipeline", action: "pipeline.read", icon: IconLayoutKanban, label: "pipeline.title", section: "main" },
  { to: "/w/$ws/health", segment: "health", action: "health.read", icon: IconHeartbeat, label: "relationship.nav.health", section: "main" },
  { to: "/w/$ws/surveys", segment: "surveys", action: "survey.answer", icon: IconMessageQuestion, label: "relationship.nav.surveys", section: "main" },
  { to: "/w/$ws/imports", segment: "imports", action: "import.run", icon: IconDatabaseImport, label: "imports.nav", section: "main" },
  { to: "/w/$ws/journeys", segment: "journeys", action: "journey.list", icon: IconRoute, label: "journeys.nav.journeys", section: "main" },
  { to: "/w/$ws/programs", segment: "programs", action: "program.read", icon: IconSitemap, label: "programs.title", section: "main" },
  { to: "/w/$ws/templates", segment: "templates", action: "program.read", icon: IconFileCode, label: "templates.title", section: "main" },
  { to: "/w/$ws/calibration", segment: "calibration", action: "calibration.read", icon: IconScale, label: "calibration.title", section: "main" },
  { to: "/w/$ws/people", segment: "people", action: "staff.read", icon: IconUsers, label: "nav.people", section: "main" },
  { to: "/w/$ws/interview-kits", segment: "interview-kits", action: "recruiting.configure", icon: IconListDetails, label: "interviews.nav.kits", section: "admin" },
  { to: "/w/$ws/email-templates", segment: "email-templates", action: "recruiting.configure", icon: IconMailCog, label: "emailTemplates.title", section: "admin" },
  { to: "/w/$ws/audit", segment: "audit", action: "audit.read", icon: IconHistory, label: "nav.audit", section: "admin" },
  { to: "/w/$ws/outbox", segment: "outbox", action: "outbox.read", icon: IconMail, label: "nav.outbox", section: "admin" },
  { to: "/w/$ws/api-tokens", segment: "api-tokens", action: "tokens.manage", icon: IconKey, label: "nav.apiTokens", section: "admin" },
] as const;

/** The staff app's frame: header with the user menu, a navigation of what this role may open. */
export function StaffShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const workspace = useWorkspace();
  const actor = useActor();
  const { pathname } = useLocation();
  const visible = navItems.filter((item) => can(actor, item.action) === "allow");
  const renderItems = (section: "main" | "admin") =>
    visible
      .filter((item) => item.section === section)
      .map((item) => {
        const active = pathname.startsWith(`/w/${workspace.slug}/${item.segment}`);
        return (
          <NavLinkLink
            key={item.to}
            to={item.to}
            params={{ ws: workspace.slug }}
            label={t(item.label)}
            leftSection={<item.icon size={18} aria-hidden />}
            active={active}
            aria-current={active ? "page" : undefined}
            onClick={close}
            style={{ borderRadius: 6 }}
          />
        );
      });
  const adminItems = renderItems("admin");

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="lg">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("nav.toggleNavigation")} />
            <Brand workspaceName={workspace.name} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t("nav.label")}>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>{renderItems("main")}</Stack>
          {adminItems.length > 0 && (
            <>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="lg" mb={4} px="sm">
                {t("nav.administration")}
              </Text>
              <Stack gap={2}>{adminItems}</Stack>
            </>
          )}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0">
        {children}
      </AppShell.Main>
    </AppShell>
  );
}

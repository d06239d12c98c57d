import { Group, ScrollArea } from "@mantine/core";
import { IconCalendarEvent, IconHeartHandshake, IconHome, IconMessageQuestion, IconRoute } from "@tabler/icons-react";
import { useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/router-links";

const portalPages = [
  { to: "/w/$ws/portal", segment: "", icon: IconHome, label: "relationship.portalNav.home" },
  { to: "/w/$ws/portal/journey", segment: "journey", icon: IconRoute, label: "relationship.portalNav.journey" },
  { to: "/w/$ws/portal/meetings", segment: "meetings", icon: IconCalendarEvent, label: "relationship.portalNav.meetings" },
  { to: "/w/$ws/portal/relationship", segment: "relationship", icon: IconHeartHandshake, label: "relationship.portalNav.relationship" },
  { to: "/w/$ws/portal/surveys", segment: "surveys", icon: IconMessageQuestion, label: "relationship.portalNav.surveys" },
] as const;

/** The portal's pages, as a row of links under the header (the portal has no side navigation). */
export function PortalNav({ ws }: { ws: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = `/w/${ws}/portal`;
  const current = pathname.startsWith(`${base}/`) ? pathname.slice(base.length + 1).split("/")[0] : "";
  return (
    <ScrollArea type="never" mb="lg" component="nav" aria-label={t("relationship.portalNav.label")}>
      <Group gap="xs" wrap="nowrap">
        {portalPages.map((page) => {
          const active = current === page.segment;
          return (
            <ButtonLink
              key={page.to}
              to={page.to}
              params={{ ws }}
              variant={active ? "light" : "subtle"}
              color={active ? "indigo" : "gray"}
              size="sm"
              leftSection={<page.icon size={16} aria-hidden />}
              aria-current={active ? "page" : undefined}
            >
              {t(page.label)}
            </ButtonLink>
          );
        })}
      </Group>
    </ScrollArea>
  );
}

import { Avatar, Badge, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconChevronRight } from "@tabler/icons-react";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { meQuery } from "../features/auth/api";
import { roleKey } from "../i18n/labels";
import { UnstyledLink } from "../components/router-links";
import { SignOutButton } from "./layout/user-menu";

/** Someone with several memberships (staff here, partner there) picks where to go. */
export function WorkspaceChooser() {
  const { t } = useTranslation();
  const me = useSuspenseQuery(meQuery).data;
  const memberships = me?.memberships ?? [];
  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" maw={520} w="100%">
        <Stack>
          <div>
            <Title order={1} size="h3">
              {t("chooser.title", { name: me?.user.name ?? "" })}
            </Title>
            <Text c="dimmed" size="sm">
              {memberships.length === 0 ? t("chooser.none") : t("chooser.description")}
            </Text>
          </div>
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {memberships.map((membership) => (
              <li key={`${membership.workspace.id}-${membership.kind}`}>
                <UnstyledLink
                  to={membership.kind === "partner" ? "/w/$ws/portal" : "/w/$ws"}
                  params={{ ws: membership.workspace.slug }}
                  w="100%"
                  p="sm"
                  display="block"
                  style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 8 }}
                >
                  <Group wrap="nowrap">
                    <Avatar color="indigo" radius="md" aria-hidden>
                      {membership.workspace.name.slice(0, 2).toUpperCase()}
                    </Avatar>
                    <div style={{ flex: 1 }}>
                      <Text fw={600}>{membership.kind === "partner" ? membership.partner.name : membership.workspace.name}</Text>
                      <Text size="xs" c="dimmed">
                        {membership.kind === "partner" ? t("chooser.portalOf", { workspace: membership.workspace.name }) : t("chooser.staffOf")}
                      </Text>
                    </div>
                    <Badge variant="light" color="gray">
                      {t(roleKey(membership.role))}
                    </Badge>
                    <IconChevronRight size={16} aria-hidden />
                  </Group>
                </UnstyledLink>
              </li>
            ))}
          </Stack>
          <Group justify="flex-end">
            <SignOutButton />
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}

import { Anchor, Avatar, Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { HostContact } from "../../../../domain/partners/schemas";

/** The host's people for this partner: the owner first, then the team, with their emails. */
export function HostContacts({ contacts }: { contacts: HostContact[] }) {
  const { t } = useTranslation();
  const ordered = [...contacts].sort((a, b) => (a.responsibility === b.responsibility ? a.name.localeCompare(b.name) : a.responsibility === "owner" ? -1 : 1));
  if (ordered.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("hostTeam.none")}
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {ordered.map((contact) => (
        <Group key={`${contact.responsibility}-${contact.id}`} component="li" wrap="nowrap" gap="sm">
          <Avatar size="md" radius="xl" color={contact.responsibility === "owner" ? "indigo" : "gray"} aria-hidden>
            {contact.name.slice(0, 1).toUpperCase()}
          </Avatar>
          <div style={{ minWidth: 0, flex: 1 }}>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {contact.name}
              </Text>
              <Badge size="xs" variant={contact.responsibility === "owner" ? "filled" : "light"} color={contact.responsibility === "owner" ? "indigo" : "gray"}>
                {t(`hostTeam.${contact.responsibility}`)}
              </Badge>
            </Group>
            <Anchor href={`mailto:${contact.email}`} size="xs">
              {contact.email}
            </Anchor>
          </div>
        </Group>
      ))}
    </Stack>
  );
}

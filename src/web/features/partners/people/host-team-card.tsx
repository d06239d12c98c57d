import { Alert, Button, Group, MultiSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { HostContact } from "../../../../domain/partners/schemas";
import type { StaffUser } from "../../../../domain/workspaces/schemas";
import { problemMessage } from "../../../api/problems";
import { useSetTeam } from "../api";
import { HostContacts } from "./host-contacts";
import { notifySuccess } from "../../../components/notify";

interface HostTeamCardProps {
  ws: string;
  partnerId: string;
  contacts: HostContact[];
  staff: StaffUser[] | undefined;
  canManage: boolean;
}

/** Who at the host looks after this partner. The owner is chosen in the profile; the team here. */
export function HostTeamCard({ ws, partnerId, contacts, staff, canManage }: HostTeamCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const team = contacts.filter((contact) => contact.responsibility === "team").map((contact) => contact.id);
  const [selected, setSelected] = useState<string[]>(team);
  const setTeam = useSetTeam(ws, partnerId);
  const candidates = (staff ?? []).filter((user) => user.status === "active" && user.role !== "interviewer");

  const start = () => {
    setSelected(team);
    setTeam.reset();
    setEditing(true);
  };
  const save = () =>
    setTeam.mutate(selected, {
      onSuccess: () => {
        notifySuccess(t("hostTeam.saved"));
        setEditing(false);
      },
    });

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h4">
              {t("hostTeam.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("hostTeam.description")}
            </Text>
          </div>
          {canManage && !editing && (
            <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={start} disabled={!staff}>
              {t("hostTeam.edit")}
            </Button>
          )}
        </Group>
        {editing ? (
          <Stack gap="sm">
            {setTeam.error && (
              <Alert color="red" role="alert">
                {problemMessage(setTeam.error, t)}
              </Alert>
            )}
            <MultiSelect
              label={t("hostTeam.members")}
              description={t("hostTeam.membersHint")}
              data={candidates.map((user) => ({ value: user.userId, label: `${user.name} (${user.email})` }))}
              value={selected}
              onChange={setSelected}
              searchable
              clearable
              nothingFoundMessage={t("common.nothingFound")}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(false)}>
                {t("common.cancel")}
              </Button>
              <Button onClick={save} loading={setTeam.isPending}>
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <HostContacts contacts={contacts} />
        )}
      </Stack>
    </Paper>
  );
}

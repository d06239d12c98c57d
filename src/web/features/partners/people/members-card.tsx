import { ActionIcon, Badge, EmptyState, Paper, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { IconUserMinus, IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PartnerPeople, PartnerMember } from "../../../../domain/partners/schemas";
import { problemMessage } from "../../../api/problems";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { formatDate } from "../../../i18n/format";
import { roleKey } from "../../../i18n/labels";
import { useRemovePartnerMember } from "../api";
import { InvitationsTable } from "./invitations-table";
import { InvitePartnerUserForm } from "./invite-partner-user-form";
import { notifySuccess } from "../../../components/notify";
import { TableHead } from "../../../components/table-head";

interface MembersCardProps {
  ws: string;
  partnerId: string;
  partnerName: string;
  people: PartnerPeople;
  currentUserId: string;
  canInvite: boolean;
  canRemove: boolean;
  /** Staff see "Partner users"; partner users see "Colleagues". */
  audience: "staff" | "partner";
}

/** The partner's own people with portal access, their pending invitations, and inviting more. */
export function MembersCard({ ws, partnerId, partnerName, people, currentUserId, canInvite, canRemove, audience }: MembersCardProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<PartnerMember | null>(null);
  const remove = useRemovePartnerMember(ws, partnerId);
  const members = people.members.filter((member) => member.status === "active");

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.userId, {
      onSuccess: () => {
        notifySuccess(t("partnerPeople.removed", { name: removing.name }));
        setRemoving(null);
      },
    });
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {audience === "staff" ? t("partnerPeople.staffTitle") : t("partnerPeople.colleaguesTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {audience === "staff" ? t("partnerPeople.staffDescription", { partner: partnerName }) : t("partnerPeople.colleaguesDescription")}
          </Text>
        </div>
        {members.length === 0 ? (
          <EmptyState
            size="sm"
            icon={<IconUsers aria-hidden />}
            title={t("partnerPeople.emptyTitle")}
            description={canInvite ? t("partnerPeople.emptyCanInvite") : t("partnerPeople.empty")}
          />
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs">
              <TableHead columns={[t("partnerPeople.columns.person"), t("partnerPeople.columns.role"), t("partnerPeople.columns.joined")]} withActions={canRemove} />
              <Table.Tbody>
                {members.map((member) => (
                  <Table.Tr key={member.userId}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {member.name}
                        {member.userId === currentUserId && (
                          <Text span c="dimmed" size="xs">
                            {" "}
                            ({t("common.you")})
                          </Text>
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {member.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={member.role === "partner_admin" ? "indigo" : "gray"}>
                        {t(roleKey(member.role))}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(member.joinedAt)}</Text>
                    </Table.Td>
                    {canRemove && (
                      <Table.Td ta="right">
                        {member.userId !== currentUserId && (
                          <Tooltip label={t("partnerPeople.remove", { name: member.name })}>
                            <ActionIcon variant="subtle" color="red" aria-label={t("partnerPeople.remove", { name: member.name })} onClick={() => setRemoving(member)}>
                              <IconUserMinus size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {people.invitations.length > 0 && <InvitationsTable ws={ws} partnerId={partnerId} invitations={people.invitations} canWithdraw={canInvite} />}
        {canInvite && <InvitePartnerUserForm ws={ws} partnerId={partnerId} {...(audience === "partner" && { roles: ["partner_member"] })} />}
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title={t("partnerPeople.removeTitle")}
        message={t("partnerPeople.removeMessage", { name: removing?.name ?? "", partner: partnerName })}
        confirmLabel={t("partnerPeople.removeConfirm")}
        danger
        loading={remove.isPending}
        error={remove.error ? <Text c="red" size="sm" role="alert">{problemMessage(remove.error, t)}</Text> : null}
        onConfirm={confirmRemove}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
      />
    </Paper>
  );
}

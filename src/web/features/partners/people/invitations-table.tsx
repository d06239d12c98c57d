import { Badge, Button, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PendingInvitation } from "../../../../domain/partners/schemas";
import { problemMessage } from "../../../api/problems";
import { formatDate, formatRelative } from "../../../i18n/format";
import { roleKey } from "../../../i18n/labels";
import { useRevokePartnerInvitation } from "../api";
import { notifySuccess, notifyError } from "../../../components/notify";

interface InvitationsTableProps {
  ws: string;
  partnerId: string;
  invitations: PendingInvitation[];
  canWithdraw: boolean;
}

/** Invitations sent but not yet accepted; withdrawing one kills its link at once. */
export function InvitationsTable({ ws, partnerId, invitations, canWithdraw }: InvitationsTableProps) {
  const { t } = useTranslation();
  const revoke = useRevokePartnerInvitation(ws, partnerId);
  const withdraw = (invitation: PendingInvitation) =>
    revoke.mutate(invitation.id, {
      onSuccess: () => notifySuccess(t("partnerPeople.withdrawn", { email: invitation.email })),
      onError: (error) => notifyError(problemMessage(error, t)),
    });

  return (
    <div>
      <Title order={3} size="h6" mb="xs">
        {t("partnerPeople.pendingTitle")}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("partnerPeople.columns.email")}</Table.Th>
              <Table.Th>{t("partnerPeople.columns.role")}</Table.Th>
              <Table.Th>{t("partnerPeople.columns.expires")}</Table.Th>
              {canWithdraw && (
                <Table.Th>
                  <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>
                  <Text size="sm">{invitation.email}</Text>
                  {invitation.invitedBy && (
                    <Text size="xs" c="dimmed">
                      {t("partnerPeople.invitedBy", { name: invitation.invitedBy.name })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="gray">
                    {t(roleKey(invitation.role))}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={formatDate(invitation.expiresAt)}>
                    {formatRelative(invitation.expiresAt)}
                  </Text>
                </Table.Td>
                {canWithdraw && (
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      loading={revoke.isPending && revoke.variables === invitation.id}
                      onClick={() => withdraw(invitation)}
                      aria-label={t("partnerPeople.withdrawFor", { email: invitation.email })}
                    >
                      {t("partnerPeople.withdraw")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}

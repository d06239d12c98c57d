import { Badge, Button, Paper, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StaffInvitation } from "../../../domain/workspaces/schemas";
import { problemMessage } from "../../api/problems";
import { formatDate, formatRelative } from "../../i18n/format";
import { roleKey } from "../../i18n/labels";
import { useWithdrawStaffInvitation } from "./api";
import { notifySuccess, notifyError } from "../../components/notify";

export function StaffInvitations({ ws, invitations, canManage }: { ws: string; invitations: StaffInvitation[]; canManage: boolean }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawStaffInvitation(ws);
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="sm">
        {t("people.pendingTitle")}
      </Title>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("people.columns.email")}</Table.Th>
              <Table.Th>{t("people.columns.role")}</Table.Th>
              <Table.Th>{t("people.columns.sent")}</Table.Th>
              <Table.Th>{t("people.columns.expires")}</Table.Th>
              {canManage && (
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
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="gray">
                    {t(roleKey(invitation.role))}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(invitation.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={formatDate(invitation.expiresAt)}>
                    {formatRelative(invitation.expiresAt)}
                  </Text>
                </Table.Td>
                {canManage && (
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      loading={withdraw.isPending && withdraw.variables === invitation.id}
                      aria-label={t("partnerPeople.withdrawFor", { email: invitation.email })}
                      onClick={() =>
                        withdraw.mutate(invitation.id, {
                          onSuccess: () => notifySuccess(t("partnerPeople.withdrawn", { email: invitation.email })),
                          onError: (error) => notifyError(problemMessage(error, t)),
                        })
                      }
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
    </Paper>
  );
}

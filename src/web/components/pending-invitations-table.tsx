import { Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate, formatRelative } from "../i18n/format";
import { roleKey } from "../i18n/labels";
import { TableHead } from "./table-head";

export interface PendingInvitationRow {
  id: string;
  email: string;
  role: string;
  expiresAt: string;
  /** When it was sent, if known. */
  createdAt?: string;
  invitedByName?: string | null;
}

interface PendingInvitationsTableProps {
  invitations: PendingInvitationRow[];
  /** Without it the table is read-only. */
  onWithdraw?: (invitation: PendingInvitationRow) => void;
  withdrawingId?: string | undefined;
}

/**
 * Invitations sent but not yet accepted, for staff and for a partner's portal alike; withdrawing
 * one kills its link at once.
 */
export function PendingInvitationsTable({ invitations, onWithdraw, withdrawingId }: PendingInvitationsTableProps) {
  const { t } = useTranslation();
  const showSent = invitations.some((invitation) => invitation.createdAt !== undefined);
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs">
        <TableHead
          columns={[t("people.columns.email"), t("people.columns.role"), ...(showSent ? [t("people.columns.sent")] : []), t("people.columns.expires")]}
          withActions={onWithdraw !== undefined}
        />
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Td>
                <Text size="sm">{invitation.email}</Text>
                {invitation.invitedByName && (
                  <Text size="xs" c="dimmed">
                    {t("partnerPeople.invitedBy", { name: invitation.invitedByName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray">
                  {t(roleKey(invitation.role))}
                </Badge>
              </Table.Td>
              {showSent && (
                <Table.Td>
                  <Text size="sm">{invitation.createdAt ? formatDate(invitation.createdAt) : ""}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm" title={formatDate(invitation.expiresAt)}>
                  {formatRelative(invitation.expiresAt)}
                </Text>
              </Table.Td>
              {onWithdraw && (
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    loading={withdrawingId === invitation.id}
                    aria-label={t("partnerPeople.withdrawFor", { email: invitation.email })}
                    onClick={() => onWithdraw(invitation)}
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
  );
}

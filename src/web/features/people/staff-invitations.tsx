import { Paper, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StaffInvitation } from "../../../domain/workspaces/schemas";
import { problemMessage } from "../../api/problems";
import { notifyError, notifySuccess } from "../../components/notify";
import { PendingInvitationsTable } from "../../components/pending-invitations-table";
import { useWithdrawStaffInvitation } from "./api";

export function StaffInvitations({ ws, invitations, canManage }: { ws: string; invitations: StaffInvitation[]; canManage: boolean }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawStaffInvitation(ws);
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="sm">
        {t("people.pendingTitle")}
      </Title>
      <PendingInvitationsTable
        invitations={invitations}
        withdrawingId={withdraw.isPending ? withdraw.variables : undefined}
        {...(canManage && {
          onWithdraw: (invitation) =>
            withdraw.mutate(invitation.id, {
              onSuccess: () => notifySuccess(t("partnerPeople.withdrawn", { email: invitation.email })),
              onError: (error) => notifyError(problemMessage(error, t)),
            }),
        })}
      />
    </Paper>
  );
}

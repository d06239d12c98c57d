import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PendingInvitation } from "../../../../domain/partners/schemas";
import { problemMessage } from "../../../api/problems";
import { notifyError, notifySuccess } from "../../../components/notify";
import { PendingInvitationsTable } from "../../../components/pending-invitations-table";
import { useRevokePartnerInvitation } from "../api";

interface InvitationsTableProps {
  ws: string;
  partnerId: string;
  invitations: PendingInvitation[];
  canWithdraw: boolean;
}

/** A partner's portal invitations sent but not yet accepted. */
export function InvitationsTable({ ws, partnerId, invitations, canWithdraw }: InvitationsTableProps) {
  const { t } = useTranslation();
  const revoke = useRevokePartnerInvitation(ws, partnerId);
  const rows = invitations.map((invitation) => ({ ...invitation, invitedByName: invitation.invitedBy?.name ?? null }));
  return (
    <div>
      <Title order={3} size="h6" mb="xs">
        {t("partnerPeople.pendingTitle")}
      </Title>
      <PendingInvitationsTable
        invitations={rows}
        withdrawingId={revoke.isPending ? revoke.variables : undefined}
        {...(canWithdraw && {
          onWithdraw: (invitation) =>
            revoke.mutate(invitation.id, {
              onSuccess: () => notifySuccess(t("partnerPeople.withdrawn", { email: invitation.email })),
              onError: (error) => notifyError(problemMessage(error, t)),
            }),
        })}
      />
    </div>
  );
}

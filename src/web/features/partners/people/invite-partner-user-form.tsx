import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { partnerRoles, type PartnerRole } from "../../../../domain/access/roles";
import { InviteByEmailForm } from "../../../components/invite-by-email-form";
import { useInvitePartnerUser } from "../api";

/**
 * Invite someone of the partner organisation to its portal by email. In the portal a partner
 * admin invites colleagues as members; only the host makes someone a partner admin.
 */
export function InvitePartnerUserForm({ ws, partnerId, roles = partnerRoles }: { ws: string; partnerId: string; roles?: readonly PartnerRole[] }) {
  const { t } = useTranslation();
  const invite = useInvitePartnerUser(ws, partnerId);
  return (
    <InviteByEmailForm
      heading={
        <Title order={3} size="h6">
          {t("partnerPeople.inviteTitle")}
        </Title>
      }
      roles={roles}
      defaultRole="partner_member"
      invite={invite}
      labels={{ email: t("partnerPeople.inviteEmail"), role: t("partnerPeople.inviteRole"), submit: t("partnerPeople.inviteSubmit"), invited: (email) => t("partnerPeople.invited", { email }) }}
    />
  );
}

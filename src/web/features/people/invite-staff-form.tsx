import { Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { canAssignRole, staffRoles, type StaffRole } from "../../../domain/access/roles";
import { InviteByEmailForm } from "../../components/invite-by-email-form";
import { useInviteStaff } from "./api";

export function InviteStaffForm({ ws, myRole }: { ws: string; myRole: StaffRole }) {
  const { t } = useTranslation();
  const invite = useInviteStaff(ws);
  const roles = staffRoles.filter((role) => canAssignRole(myRole, role));
  return (
    <Paper withBorder p="lg">
      <InviteByEmailForm
        heading={
          <div>
            <Title order={2} size="h4">
              {t("people.inviteTitle")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("people.inviteDescription")}
            </Text>
          </div>
        }
        roles={roles}
        defaultRole="partner_manager"
        invite={invite}
        labels={{ email: t("people.inviteEmail"), role: t("people.inviteRole"), submit: t("people.inviteSubmit"), invited: (email) => t("people.invited", { email }) }}
      />
    </Paper>
  );
}

import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { useActor, useWorkspace } from "../workspace/api";
import { useStaffDirectory } from "./api";
import { InviteStaffForm } from "./invite-staff-form";
import { StaffInvitations } from "./staff-invitations";
import { StaffTable } from "./staff-table";

/** The host's own people: who is in the workspace, with which role, and who is invited. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { slug: ws, name } = useWorkspace();
  const actor = useActor();
  const directory = useStaffDirectory(ws);
  const canManage = can(actor, "staff.manage") === "allow";

  if (actor.kind !== "staff") return null;
  return (
    <Stack gap="lg">
      <PageHeader title={t("people.title")} description={t("people.description", { workspace: name })} />
      {canManage && <InviteStaffForm ws={ws} myRole={actor.role} />}
      {directory.error ? (
        <QueryError error={directory.error} onRetry={() => void directory.refetch()} />
      ) : directory.isPending ? (
        <PageLoader />
      ) : (
        <>
          <StaffTable ws={ws} users={directory.data.users} me={{ userId: actor.userId, role: actor.role }} canManage={canManage} />
          {directory.data.invitations.length > 0 && <StaffInvitations ws={ws} invitations={directory.data.invitations} canManage={canManage} />}
        </>
      )}
    </Stack>
  );
}

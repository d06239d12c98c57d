import { Stack } from "@mantine/core";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { usePortal } from "../portal/api";
import { useActor, useWorkspace } from "../workspace/api";
import { MeetingsPanel } from "./meetings-panel";

const route = getRouteApi("/w/$ws/portal/meetings");

/** The partner's meetings in the portal: the same list and meeting view as staff, without internal notes. */
export function PortalMeetingsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const actor = useActor();
  const portal = usePortal(workspace.slug);
  const { meeting } = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/portal/meetings" });
  if (portal.error) return <QueryError error={portal.error} onRetry={() => void portal.refetch()} />;
  if (portal.isPending) return <PageLoader />;
  return (
    <Stack gap="lg">
      <PageHeader title={t("meetings.list.portalTitle")} description={t("meetings.list.portalDescription", { workspace: workspace.name })} />
      <MeetingsPanel
        ws={workspace.slug}
        partnerId={portal.data.partner.id}
        canEdit={can(actor, "relationship.write", { partner: { id: portal.data.partner.id, ownerUserId: null, teamUserIds: [] } }) === "allow"}
        isStaff={false}
        title={t("meetings.list.allMeetings")}
        openMeetingId={meeting}
        onOpenMeeting={(meetingId) => void navigate({ search: { meeting: meetingId } })}
      />
    </Stack>
  );
}

import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import type { RelationshipCardProps } from "../relationship/relationship-tab";
import { useActor } from "../workspace/api";
import { MeetingsPanel } from "./meetings-panel";

const route = getRouteApi("/w/$ws/partners/$partnerId");

/** The partner page's Meetings tab (R-F1): every meeting with this partner; `?meeting=` opens one. */
export function MeetingsTab({ ws, partnerId, resource }: RelationshipCardProps) {
  const { t } = useTranslation();
  const actor = useActor();
  const { meeting } = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/partners/$partnerId" });
  const canEdit = can(actor, "relationship.write", { partner: resource }) === "allow";
  return (
    <MeetingsPanel
      ws={ws}
      partnerId={partnerId}
      canEdit={canEdit}
      isStaff
      title={t("meetings.list.title")}
      openMeetingId={meeting}
      onOpenMeeting={(meetingId) => void navigate({ search: (previous) => ({ ...previous, tab: "meetings", meeting: meetingId }) })}
    />
  );
}

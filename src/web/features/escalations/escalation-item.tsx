import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EscalationView } from "../../../domain/escalations/contracts";
import { otherSide, type Side } from "../../../domain/trust/side";
import { AnchorLink } from "../../components/router-links";
import { formatDateTime, formatRelative } from "../../i18n/format";
import { escalationAnchor, statusColor } from "./escalation-labels";
import { PerspectiveForm } from "./perspective-form";
import { ResolveForm } from "./resolve-form";
import { ScheduleResolutionDialog } from "./schedule-resolution-dialog";

interface EscalationItemProps {
  ws: string;
  partnerId: string;
  escalation: EscalationView;
  asOf: string;
  mySide: Side;
  canEdit: boolean;
  /** Staff open meetings on the partner page's meetings tab, partner users in the portal. */
  portal: boolean;
}

type Editing = "perspective" | "resolve" | null;

function MeetingLink({ ws, partnerId, meetingId, portal, label }: { ws: string; partnerId: string; meetingId: string; portal: boolean; label: string }) {
  return portal ? (
    <AnchorLink size="sm" to="/w/$ws/portal/meetings" params={{ ws }} search={{ meeting: meetingId }}>
      {label}
    </AnchorLink>
  ) : (
    <AnchorLink size="sm" to="/w/$ws/partners/$partnerId" params={{ ws, partnerId }} search={{ tab: "meetings", meeting: meetingId }}>
      {label}
    </AnchorLink>
  );
}

/** Where the 48-hour promise stands: due in …, overdue, or held (in time or late). */
function MeetingPromise({ escalation, asOf }: { escalation: EscalationView; asOf: string }) {
  const { t } = useTranslation();
  if (escalation.meetingHeldAt) {
    const key = escalation.meetingHeldInTime ? "escalations.item.heldAt" : "escalations.item.heldLate";
    return <Text size="sm">{t(key, { date: formatDateTime(escalation.meetingHeldAt) })}</Text>;
  }
  if (escalation.status === "resolved") return null;
  if (escalation.status === "meeting_overdue") {
    return (
      <Text size="sm" c="red.9" fw={600}>
        {t("escalations.item.overdueSince", { date: formatDateTime(escalation.meetingDueBy) })}
      </Text>
    );
  }
  return <Text size="sm">{t("escalations.item.dueIn", { relative: formatRelative(escalation.meetingDueBy, new Date(asOf)), date: formatDateTime(escalation.meetingDueBy) })}</Text>;
}

export function EscalationItem({ ws, partnerId, escalation, asOf, mySide, canEdit, portal }: EscalationItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [scheduling, setScheduling] = useState(false);
  const open = escalation.status !== "resolved";
  const perspectives: Record<Side, string> = { host: "", partner: "" };
  perspectives[escalation.raisedSide] = escalation.raiserPerspective;
  perspectives[otherSide(escalation.raisedSide)] = escalation.otherPerspective;
  const sideName = (side: Side) => t(`escalations.sideName.${side}`);
  const raised = escalation.raisedBy
    ? t("escalations.item.raisedBy", { name: escalation.raisedBy.name, side: sideName(escalation.raisedSide), date: formatDateTime(escalation.raisedAt) })
    : t("escalations.item.raisedBySide", { side: sideName(escalation.raisedSide), date: formatDateTime(escalation.raisedAt) });

  return (
    <Paper withBorder p="md" radius="md" id={escalationAnchor(escalation.id)} component="article" aria-labelledby={`${escalationAnchor(escalation.id)}-title`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h5" id={`${escalationAnchor(escalation.id)}-title`}>
              {escalation.title}
            </Title>
            <Text size="xs" c="dimmed">
              {raised}
            </Text>
          </Stack>
          <Badge color={statusColor[escalation.status]} variant="light">
            {t(`escalations.status.${escalation.status}`)}
          </Badge>
        </Group>
        <MeetingPromise escalation={escalation} asOf={asOf} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {(["host", "partner"] as const).map((side) => (
            <Stack key={side} gap={2}>
              <Text size="sm" fw={600}>
                {t("escalations.item.perspectiveOf", { side: sideName(side) })}
              </Text>
              <Text size="sm" c={perspectives[side] ? undefined : "dimmed"} style={{ whiteSpace: "pre-wrap" }}>
                {perspectives[side] || t("escalations.item.noPerspective")}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        {escalation.meetings.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t("escalations.item.meetings")}
            </Text>
            <List size="sm" spacing={2}>
              {escalation.meetings.map((meeting) => (
                <List.Item key={meeting.id}>
                  <Group gap="xs">
                    <Text size="sm">
                      {t("escalations.item.meetingAt", { title: meeting.title, date: formatDateTime(meeting.startsAt) })} ·{" "}
                      {t(meeting.cancelled ? "escalations.item.meetingCancelled" : meeting.heldAt ? "escalations.item.meetingHeld" : "escalations.item.meetingPlanned")}
                    </Text>
                    <MeetingLink ws={ws} partnerId={partnerId} meetingId={meeting.id} portal={portal} label={t("escalations.item.openMeeting")} />
                  </Group>
                </List.Item>
              ))}
            </List>
            {open && !escalation.meetingHeldAt && (
              <Text size="xs" c="dimmed">
                {t("escalations.item.holdHint")}
              </Text>
            )}
          </Stack>
        )}
        {escalation.resolvedAt && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t("escalations.item.agreedAction")}
            </Text>
            <Text size="sm">{escalation.agreedAction}</Text>
            <Text size="sm" fw={600}>
              {t("escalations.item.lessonLearned")}
            </Text>
            <Text size="sm">{escalation.lessonLearned}</Text>
            <Text size="xs" c="dimmed">
              {t("escalations.item.resolvedAt", { date: formatDateTime(escalation.resolvedAt), name: escalation.resolvedBy?.name ?? "" })}
            </Text>
          </Stack>
        )}
        {canEdit && open && editing === "perspective" && (
          <PerspectiveForm ws={ws} partnerId={partnerId} escalation={escalation} current={perspectives[mySide]} onDone={() => setEditing(null)} />
        )}
        {canEdit && open && editing === "resolve" && <ResolveForm ws={ws} partnerId={partnerId} escalation={escalation} onDone={() => setEditing(null)} />}
        {canEdit && open && editing === null && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setEditing("perspective")}>
              {perspectives[mySide] ? t("escalations.perspective.edit") : t("escalations.perspective.add")}
            </Button>
            <Button size="xs" variant="default" onClick={() => setScheduling(true)}>
              {t("escalations.meeting.open")}
            </Button>
            <Button size="xs" variant="light" onClick={() => setEditing("resolve")}>
              {t("escalations.resolve.open")}
            </Button>
          </Group>
        )}
      </Stack>
      {scheduling && <ScheduleResolutionDialog ws={ws} partnerId={partnerId} escalation={escalation} asOf={asOf} opened={scheduling} onClose={() => setScheduling(false)} />}
    </Paper>
  );
}

import { Alert, Badge, Button, Divider, Drawer, Group, List, Stack, Text, Title } from "@mantine/core";
import { IconCalendarCog, IconCalendarDown, IconMail } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AgendaGuideItems } from "./agenda-guide-items";
import type { PartnerMeetingDetail } from "../../../domain/meetings/partner-meetings";
import { isStatus, problemMessage } from "../../api/problems";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { notifySuccess } from "../../components/notify";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { formatDate, formatDateTime } from "../../i18n/format";
import { meetingInvitePath, useCancelMeeting, usePartnerMeeting, useSendRecap } from "./api";
import { MeetingStatusBadge, RecapBadge } from "./meetings-list";
import { RecordForm } from "./record-form";
import { ScheduleMeetingDialog } from "./schedule-dialog";

interface MeetingDrawerProps {
  ws: string;
  partnerId: string;
  meetingId: string | undefined;
  canEdit: boolean;
  isStaff: boolean;
  onClose: () => void;
}

/** One meeting beside the list (`?meeting=`): when and who, the agenda guide, the record and the recap. */
export function MeetingDrawer({ ws, partnerId, meetingId, canEdit, isStaff, onClose }: MeetingDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer.Root opened={meetingId !== undefined} onClose={onClose} position="right" size="xl">
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header role="none">
          <Drawer.Title fw={650} fz="lg">
            {t("meetings.view.title")}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t("common.close")} />
        </Drawer.Header>
        <Drawer.Body>{meetingId && <MeetingLoader ws={ws} partnerId={partnerId} meetingId={meetingId} canEdit={canEdit} isStaff={isStaff} />}</Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

function MeetingLoader({ ws, partnerId, meetingId, canEdit, isStaff }: { ws: string; partnerId: string; meetingId: string; canEdit: boolean; isStaff: boolean }) {
  const meeting = usePartnerMeeting(ws, partnerId, meetingId);
  if (meeting.error) return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (meeting.isPending) return <PageLoader />;
  return <MeetingView key={`${meeting.data.id}:${meeting.data.version}`} ws={ws} meeting={meeting.data} canEdit={canEdit} isStaff={isStaff} onReload={() => void meeting.refetch()} />;
}

function MeetingView({ ws, meeting, canEdit, isStaff, onReload }: { ws: string; meeting: PartnerMeetingDetail; canEdit: boolean; isStaff: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [editing, setEditing] = useState(false);
  const cancel = useCancelMeeting(ws, meeting.partnerId, meeting.id);
  const recap = useSendRecap(ws, meeting.partnerId, meeting.id);
  const live = meeting.status !== "cancelled";
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {meeting.title}
        </Title>
        <Group gap="xs">
          <Badge variant="outline">{t(`meetings.kinds.${meeting.kind}`)}</Badge>
          <MeetingStatusBadge meeting={meeting} />
          <RecapBadge meeting={meeting} />
        </Group>
        <Text size="sm">
          <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time> · {t("meetings.view.minutes", { count: meeting.durationMinutes })}
          {meeting.location ? ` · ${meeting.location}` : ""}
        </Text>
      </Stack>
      <Group gap="sm">
        <Button component="a" href={meetingInvitePath(ws, meeting.partnerId, meeting.id)} download size="xs" variant="default" leftSection={<IconCalendarDown size={14} aria-hidden />}>
          {t("meetings.view.downloadInvite")}
        </Button>
        {canEdit && live && meeting.status === "scheduled" && meeting.stepId === null && (
          <>
            <Button size="xs" variant="default" leftSection={<IconCalendarCog size={14} aria-hidden />} onClick={() => setEditing(true)}>
              {t("meetings.view.change")}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setConfirmCancel(true)}>
              {t("meetings.view.cancel")}
            </Button>
          </>
        )}
      </Group>
      {meeting.stepId !== null && (
        <Text size="sm" c="dimmed">
          {t("meetings.view.fromStep")}
        </Text>
      )}
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t("meetings.view.attendees")}
        </Title>
        {(["host", "partner"] as const).map((side) => {
          const names = meeting.attendees.filter((person) => person.side === side).map((person) => person.name);
          return (
            <Text size="sm" key={side}>
              <Text span fw={600} size="sm">
                {t(`meetings.sides.${side}`)}:
              </Text>{" "}
              {names.length > 0 ? names.join(", ") : t("meetings.view.nobody")}
            </Text>
          );
        })}
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t("meetings.view.agenda")}
        </Title>
        {meeting.agenda.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("meetings.view.noAgenda")}
          </Text>
        ) : (
          <List type="ordered" size="sm">
            {meeting.agenda.map((entry, index) => (
              <List.Item key={`${index}:${entry}`}>{entry}</List.Item>
            ))}
          </List>
        )}
      </Stack>
      <details>
        <summary>
          <Text span size="sm" fw={600}>
            {t("meetings.guide.title", { kind: t(`meetings.kinds.${meeting.kind}`) })}
          </Text>
        </summary>
        <Stack gap="xs" mt="xs">
          <Text size="sm">{meeting.guide.purpose}</Text>
          <AgendaGuideItems guide={meeting.guide} />
          <Text size="sm" fw={600}>
            {t("meetings.guide.record")}
          </Text>
          <List size="sm">
            {meeting.guide.record.map((entry) => (
              <List.Item key={entry}>{entry}</List.Item>
            ))}
          </List>
        </Stack>
      </details>
      <Divider />
      {canEdit && live ? <RecordForm ws={ws} meeting={meeting} isStaff={isStaff} onReload={onReload} /> : <RecordReadOnly meeting={meeting} />}
      {live && (
        <>
          <Divider />
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t("meetings.recap.title")}
            </Title>
            <Text size="sm">
              {meeting.recapSentAt
                ? t("meetings.recap.sentAt", { when: formatDateTime(meeting.recapSentAt) })
                : meeting.recapOverdue
                  ? t("meetings.recap.overdue", { when: formatDateTime(meeting.recapDueAt) })
                  : t("meetings.recap.dueAt", { when: formatDateTime(meeting.recapDueAt) })}
            </Text>
            {recap.error !== null && (
              <Alert color="red" role="alert">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{problemMessage(recap.error, t)}</Text>
                  {isStatus(recap.error, 409) && (
                    <Button size="xs" variant="default" onClick={() => { recap.reset(); onReload(); }}>
                      {t("meetings.record.reload")}
                    </Button>
                  )}
                </Stack>
              </Alert>
            )}
            {canEdit && (
              <Group>
                <Button
                  size="xs"
                  leftSection={<IconMail size={14} aria-hidden />}
                  disabled={meeting.status !== "held"}
                  loading={recap.isPending}
                  onClick={() => recap.mutate(meeting.version, { onSuccess: (result) => notifySuccess(t("meetings.recap.sent", { count: result.recipients })) })}
                >
                  {meeting.recapSentAt ? t("meetings.recap.sendAgain") : t("meetings.recap.send")}
                </Button>
                {meeting.status !== "held" && (
                  <Text size="xs" c="dimmed">
                    {t("meetings.recap.needsHeld")}
                  </Text>
                )}
              </Group>
            )}
          </Stack>
        </>
      )}
      {editing && <ScheduleMeetingDialog ws={ws} partnerId={meeting.partnerId} meeting={meeting} opened onClose={() => setEditing(false)} onScheduled={() => setEditing(false)} />}
      <ConfirmDialog
        opened={confirmCancel}
        title={t("meetings.view.cancelTitle")}
        message={t("meetings.view.cancelMessage", { title: meeting.title })}
        confirmLabel={t("meetings.view.cancelConfirm")}
        danger
        loading={cancel.isPending}
        error={cancel.error ? problemMessage(cancel.error, t) : undefined}
        onConfirm={() => cancel.mutate(meeting.version, { onSuccess: () => { notifySuccess(t("meetings.view.cancelled")); setConfirmCancel(false); } })}
        onClose={() => { cancel.reset(); setConfirmCancel(false); }}
      />
    </Stack>
  );
}

/** The record as readers without write access (and everyone, once cancelled) see it. */
function RecordReadOnly({ meeting }: { meeting: PartnerMeetingDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t("meetings.record.title")}
      </Title>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {meeting.notes || t("meetings.record.noNotes")}
      </Text>
      {meeting.internalNotes !== undefined && meeting.internalNotes !== "" && (
        <Alert color="gray" title={t("meetings.record.internalNotes")}>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {meeting.internalNotes}
          </Text>
        </Alert>
      )}
      <Text size="sm" fw={600}>
        {t("meetings.record.decisions")}
      </Text>
      {meeting.decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("meetings.record.noDecisions")}
        </Text>
      ) : (
        <List size="sm">
          {meeting.decisions.map((entry) => (
            <List.Item key={entry}>{entry}</List.Item>
          ))}
        </List>
      )}
      <Text size="sm" fw={600}>
        {t("meetings.record.actionItems")}
      </Text>
      {meeting.actionItems.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("meetings.record.noActionItems")}
        </Text>
      ) : (
        <List size="sm">
          {meeting.actionItems.map((entry) => (
            <List.Item key={entry.id}>{t("meetings.record.itemLine", { title: entry.title, owner: entry.ownerName, due: formatDate(entry.dueAt) })}</List.Item>
          ))}
        </List>
      )}
      <Text size="xs" c="dimmed">
        {t("meetings.record.readOnly")}
      </Text>
    </Stack>
  );
}

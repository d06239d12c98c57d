import { Anchor, Button, Checkbox, Group, List, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { IconCalendarEvent, IconCalendarPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Person } from "../../../../domain/journeys/contracts";
import { MeetingFields } from "../../../../domain/journeys/template/kinds/meeting";
import { meetingOf, type ScheduledMeeting } from "../../../../domain/meetings/schemas";
import { ApiError } from "../../../api/http";
import { problemMessage } from "../../../api/problems";
import { notifySuccess } from "../../../components/notify";
import { formatDateTime } from "../../../i18n/format";
import { usePartnerPeople } from "../../partners/api";
import { useSignedInUser, useWorkspace } from "../../workspace/api";
import { meetingCalendarUrl, useScheduleMeeting } from "./api";
import { NoteAndComplete, useStepWork } from "./completion";

interface Candidate extends Person {
  side: "host" | "partner";
}

/** Who may be invited: the partner's active users and its contacts at the host (and the person scheduling). */
function useCandidates(ws: string, partnerId: string, meeting: ScheduledMeeting | null): Candidate[] {
  const people = usePartnerPeople(ws, partnerId);
  const me = useSignedInUser();
  const workspace = useWorkspace();
  const byId = new Map<string, Candidate>();
  for (const contact of people.data?.hostContacts ?? []) byId.set(contact.id, { userId: contact.id, name: contact.name, email: contact.email, side: "host" });
  for (const member of people.data?.members ?? []) if (member.status === "active") byId.set(member.userId, { userId: member.userId, name: member.name, email: member.email, side: "partner" });
  if (!byId.has(me.id)) byId.set(me.id, { userId: me.id, name: me.name, email: me.email, side: workspace.me.kind === "partner" ? "partner" : "host" });
  for (const attendee of meeting?.attendees ?? []) if (!byId.has(attendee.userId)) byId.set(attendee.userId, { ...attendee, side: "host" });
  return [...byId.values()];
}

/** `2026-03-10T14:00` in the browser's zone, for a datetime-local input. */
function localInputOf(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The meeting as scheduled: when, where, who, and the calendar file. */
export function MeetingSummary({ meeting, calendarUrl }: { meeting: ScheduledMeeting; calendarUrl: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <IconCalendarEvent size={18} aria-hidden />
        <Text size="sm" fw={600}>
          {t("stepWork.meeting.time", { start: formatDateTime(meeting.startsAt), end: formatDateTime(meeting.endsAt) })}
        </Text>
      </Group>
      {meeting.location && <Text size="sm">{meeting.location}</Text>}
      <Text size="xs" c="dimmed">
        {t("stepWork.meeting.organizer", { name: meeting.organizer.name })} · {meeting.attendees.map((person) => person.name).join(", ")}
      </Text>
      <Anchor href={calendarUrl} download size="sm">
        <Group gap={4} component="span">
          <IconCalendarPlus size={16} aria-hidden />
          {t("stepWork.meeting.calendar")}
        </Group>
      </Anchor>
    </Stack>
  );
}

/** Schedule (or move) a meeting step, then mark it held with notes. */
export function MeetingWork() {
  const { t } = useTranslation();
  const { ref, step } = useStepWork();
  const workspace = useWorkspace();
  const fields = MeetingFields.safeParse(step.fields);
  const meeting = meetingOf(step.result);
  const candidates = useCandidates(ref.ws, ref.partnerId, meeting);
  const schedule = useScheduleMeeting(ref);
  const me = useSignedInUser();
  const [when, setWhen] = useState(meeting ? localInputOf(meeting.startsAt) : "");
  const [duration, setDuration] = useState<number>(meeting?.durationMinutes ?? (fields.success ? fields.data.durationMinutes : 60));
  const [location, setLocation] = useState(meeting?.location ?? "");
  const [attendees, setAttendees] = useState<string[]>(meeting ? meeting.attendees.map((person) => person.userId) : [me.id]);
  const [whenError, setWhenError] = useState<string | undefined>();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const fieldError = (field: string) => (schedule.error instanceof ApiError ? schedule.error.problem.errors?.find((problem) => problem.path.startsWith(`body.${field}`))?.message : undefined);

  const submit = () => {
    const startsAt = when ? new Date(when) : null;
    if (!startsAt || Number.isNaN(startsAt.getTime())) {
      setWhenError(t("validation.required"));
      return;
    }
    setWhenError(undefined);
    schedule.mutate(
      { version: step.version, startsAt: startsAt.toISOString(), durationMinutes: duration, location: location.trim() || undefined, attendeeUserIds: attendees },
      { onSuccess: (answer) => notifySuccess(t("stepWork.meeting.scheduled", { when: formatDateTime(answer.meeting.startsAt) })) },
    );
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t("stepWork.meeting.intro")}</Text>
      {fields.success && fields.data.agenda.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t("stepWork.meeting.agenda")}
          </Text>
          <List size="sm">
            {fields.data.agenda.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </div>
      )}
      {meeting ? <MeetingSummary meeting={meeting} calendarUrl={meetingCalendarUrl(ref)} /> : <Text size="sm" c="dimmed">{t("stepWork.meeting.notScheduled")}</Text>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput type="datetime-local" label={t("stepWork.meeting.when")} description={t("stepWork.meeting.whenHint", { zone })} required value={when} onChange={(event) => setWhen(event.currentTarget.value)} error={whenError ?? fieldError("startsAt")} />
            <NumberInput label={t("stepWork.meeting.duration")} min={5} max={480} step={15} value={duration} onChange={(value) => setDuration(typeof value === "number" ? value : 60)} error={fieldError("durationMinutes")} />
          </Group>
          <TextInput label={t("stepWork.meeting.location")} maxLength={500} value={location} onChange={(event) => setLocation(event.currentTarget.value)} error={fieldError("location")} />
          <Checkbox.Group label={t("stepWork.meeting.attendees")} description={t("stepWork.meeting.attendeesHint", { host: workspace.name })} value={attendees} onChange={setAttendees} error={fieldError("attendeeUserIds")} required>
            <Stack gap={6} mt={6}>
              {candidates.map((person) => (
                <Checkbox key={person.userId} value={person.userId} label={person.side === "host" ? t("stepWork.meeting.hostSide", { name: person.name, host: workspace.name }) : person.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          {schedule.error !== null && !fieldError("attendeeUserIds") && (
            <Text size="sm" c="red" role="alert">
              {problemMessage(schedule.error, t)}
            </Text>
          )}
          <div>
            <Button type="submit" variant={meeting ? "default" : "filled"} loading={schedule.isPending} leftSection={<IconCalendarEvent size={16} aria-hidden />}>
              {meeting ? t("stepWork.meeting.reschedule") : t("stepWork.meeting.schedule")}
            </Button>
          </div>
        </Stack>
      </form>
      {meeting ? (
        <NoteAndComplete label={t("stepWork.meeting.notes")} buttonLabel={t("stepWork.meeting.held")} notesInInput />
      ) : (
        <Text size="sm" c="dimmed">
          {t("stepWork.meeting.needsTime")}
        </Text>
      )}
    </Stack>
  );
}

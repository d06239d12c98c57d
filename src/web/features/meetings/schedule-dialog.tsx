import { Alert, Button, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { meetingTypes } from "../../../domain/journeys/template/kinds/meeting";
import { AgendaGuideItems } from "./agenda-guide-items";
import type { MeetingAttendee, PartnerMeetingDetail } from "../../../domain/meetings/partner-meetings";
import { agendaGuideFor, MeetingType, startingAgenda } from "../../../domain/trust/agenda-guides";
import { fieldErrorsOf, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { dateInputOf, instantFromInputs, timeInputOf } from "../journeys/zoned-format";
import { useEditMeeting, useMeetingPeople, useScheduleMeeting } from "./api";

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const linesOf = (value: string) =>
  value
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

/** Attendee options grouped by side, so both teams are visibly invited. */
export function usePeopleOptions(people: readonly MeetingAttendee[]) {
  const { t } = useTranslation();
  return (["host", "partner"] as const).map((side) => ({
    group: t(`meetings.sides.${side}`),
    items: people.filter((person) => person.side === side).map((person) => ({ value: person.userId, label: person.name })),
  }));
}

interface ScheduleMeetingDialogProps {
  ws: string;
  partnerId: string;
  /** The meeting to move or change; without one a new meeting is scheduled. */
  meeting?: PartnerMeetingDetail;
  opened: boolean;
  onClose: () => void;
  onScheduled: (meetingId: string) => void;
}

/**
 * Schedule a meeting: the kind's guide shows beside the form and fills the agenda, which people
 * then edit. With `meeting`, the same form moves or changes it (the kind stays).
 */
export function ScheduleMeetingDialog({ ws, partnerId, meeting, opened, onClose, onScheduled }: ScheduleMeetingDialogProps) {
  const { t } = useTranslation();
  const zone = localZone();
  const people = useMeetingPeople(ws, partnerId);
  const create = useScheduleMeeting(ws, partnerId);
  const edit = useEditMeeting(ws, partnerId, meeting?.id ?? "");
  const schedule = meeting ? edit : create;
  const [kind, setKind] = useState<MeetingType>(meeting?.kind ?? "alignment");
  const [title, setTitle] = useState<string>(meeting?.title ?? t("meetings.kinds.alignment"));
  const [date, setDate] = useState(meeting ? dateInputOf(meeting.startsAt, zone) : "");
  const [time, setTime] = useState(meeting ? timeInputOf(meeting.startsAt, zone) : "10:00");
  const [duration, setDuration] = useState(meeting?.durationMinutes ?? 60);
  const [location, setLocation] = useState(meeting?.location ?? "");
  const [attendees, setAttendees] = useState<string[]>(meeting?.attendees.map((person) => person.userId) ?? []);
  const [agenda, setAgenda] = useState((meeting?.agenda ?? startingAgenda("alignment")).join("\n"));
  const guide = agendaGuideFor(kind);
  const options = usePeopleOptions(people.data?.people ?? []);
  const errors = fieldErrorsOf(schedule.error, ["kind", "title", "startsAt", "durationMinutes", "location", "attendeeUserIds", "agenda"]);

  const chooseKind = (value: string | null) => {
    const parsed = MeetingType.safeParse(value);
    if (!parsed.success) return;
    // The title and agenda follow the kind until someone edits them.
    if (title === t(`meetings.kinds.${kind}`) || title.trim() === "") setTitle(t(`meetings.kinds.${parsed.data}`));
    if (agenda === startingAgenda(kind).join("\n") || agenda.trim() === "") setAgenda(startingAgenda(parsed.data).join("\n"));
    setKind(parsed.data);
  };
  const close = () => {
    create.reset();
    edit.reset();
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const startsAt = instantFromInputs(date, time, zone);
    if (!startsAt) return;
    const done = (message: string) => (saved: PartnerMeetingDetail) => {
      notifySuccess(message);
      close();
      onScheduled(saved.id);
    };
    const fields = { title, startsAt, durationMinutes: duration, location, attendeeUserIds: attendees, agenda: linesOf(agenda) };
    if (meeting) edit.mutate({ version: meeting.version, ...fields }, { onSuccess: done(t("meetings.schedule.moved")) });
    else create.mutate({ kind, ...fields }, { onSuccess: done(t("meetings.schedule.done")) });
  };

  return (
    <AppModal opened={opened} onClose={close} title={meeting ? t("meetings.schedule.moveTitle", { title: meeting.title }) : t("meetings.schedule.title")} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          {schedule.error !== null && (
            <Alert color="red" role="alert">
              {problemMessage(schedule.error, t)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select label={t("meetings.schedule.kind")} data={meetingTypes.map((value) => ({ value, label: t(`meetings.kinds.${value}`) }))} value={kind} onChange={chooseKind} allowDeselect={false} required disabled={meeting !== undefined} error={errors["kind"]} />
            <TextInput label={t("meetings.schedule.meetingTitle")} required maxLength={200} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={errors["title"]} />
          </SimpleGrid>
          <Paper withBorder p="sm" bg="var(--mantine-color-gray-light)">
            <Text size="sm" fw={600}>
              {t("meetings.guide.purpose")}
            </Text>
            <Text size="sm">{guide.purpose}</Text>
            <AgendaGuideItems guide={guide} />
          </Paper>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput type="date" label={t("meetings.schedule.date")} required value={date} onChange={(event) => setDate(event.currentTarget.value)} error={errors["startsAt"]} />
            <TextInput type="time" label={t("meetings.schedule.time")} required value={time} onChange={(event) => setTime(event.currentTarget.value)} />
            <NumberInput label={t("meetings.schedule.duration")} min={5} max={480} step={15} value={duration} onChange={(value) => setDuration(typeof value === "number" ? value : 60)} error={errors["durationMinutes"]} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t("meetings.schedule.zoneHint", { zone })}
          </Text>
          <TextInput label={t("meetings.schedule.location")} maxLength={500} value={location} onChange={(event) => setLocation(event.currentTarget.value)} error={errors["location"]} />
          <MultiSelect label={t("meetings.schedule.attendees")} description={t("meetings.schedule.attendeesHint")} data={options} value={attendees} onChange={setAttendees} searchable required error={errors["attendeeUserIds"]} />
          <Textarea label={t("meetings.schedule.agenda")} description={t("meetings.schedule.agendaHint")} autosize minRows={4} value={agenda} onChange={(event) => setAgenda(event.currentTarget.value)} error={errors["agenda"]} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={schedule.isPending} disabled={attendees.length === 0 || date === "" || title.trim() === ""}>
              {meeting ? t("meetings.schedule.move") : t("meetings.schedule.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

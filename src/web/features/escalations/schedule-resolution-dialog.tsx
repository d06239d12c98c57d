import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EscalationView } from "../../../domain/escalations/contracts";
import { fieldErrorsOf, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { dateInputOf, instantFromInputs, timeInputOf } from "../journeys/zoned-format";
import { useScheduleResolutionMeeting } from "./api";

interface ScheduleResolutionDialogProps {
  ws: string;
  partnerId: string;
  escalation: EscalationView;
  /** The server's now, so the suggested time is an hour from then. */
  asOf: string;
  opened: boolean;
  onClose: () => void;
}

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const HOUR_MS = 3_600_000;

export function ScheduleResolutionDialog({ ws, partnerId, escalation, asOf, opened, onClose }: ScheduleResolutionDialogProps) {
  const { t } = useTranslation();
  const zone = localZone();
  const schedule = useScheduleResolutionMeeting(ws, partnerId);
  const suggested = new Date(Date.parse(asOf) + HOUR_MS).toISOString();
  const [date, setDate] = useState(dateInputOf(suggested, zone));
  const [time, setTime] = useState(timeInputOf(suggested, zone));
  const [duration, setDuration] = useState(45);
  const [location, setLocation] = useState("");
  const [incomplete, setIncomplete] = useState(false);
  const errors = fieldErrorsOf(schedule.error, ["startsAt", "durationMinutes", "location"]);

  const close = () => {
    schedule.reset();
    setIncomplete(false);
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const startsAt = instantFromInputs(date, time, zone);
    setIncomplete(startsAt === null);
    if (!startsAt) return;
    schedule.mutate(
      { escalationId: escalation.id, startsAt, durationMinutes: duration, ...(location.trim() ? { location: location.trim() } : {}) },
      {
        onSuccess: () => {
          notifySuccess(t("escalations.meeting.scheduled"));
          close();
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={t("escalations.meeting.title")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {schedule.error !== null && (
            <Alert color="red" role="alert">
              {problemMessage(schedule.error, t)}
            </Alert>
          )}
          <Text size="sm">{escalation.title}</Text>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput type="date" label={t("escalations.meeting.date")} required value={date} onChange={(event) => setDate(event.currentTarget.value)} error={errors.startsAt ?? (incomplete ? t("escalations.meeting.dateRequired") : undefined)} />
            <TextInput type="time" label={t("escalations.meeting.time", { zone })} required value={time} onChange={(event) => setTime(event.currentTarget.value)} />
            <NumberInput label={t("escalations.meeting.duration")} min={15} max={240} step={15} value={duration} onChange={(value) => setDuration(typeof value === "number" ? value : 45)} error={errors.durationMinutes} />
          </SimpleGrid>
          <TextInput label={t("escalations.meeting.location")} maxLength={300} value={location} onChange={(event) => setLocation(event.currentTarget.value)} error={errors.location} />
          <Text size="sm" c="dimmed">
            {t("escalations.meeting.invited")}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={schedule.isPending}>
              {t("escalations.meeting.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

import { Alert, Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Interview } from "../../../domain/interviews/contracts";
import { ApiError } from "../../api/http";
import { problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { dateInputOf, instantFromInputs, timeInputOf } from "../journeys/zoned-format";
import { useStaffDirectory } from "../people/api";
import { useKits, useScheduleInterview } from "./api";

interface ScheduleDialogProps {
  ws: string;
  partnerId: string;
  partnerTimeZone: string;
  /** The interview to move; without one a new interview is scheduled. */
  interview: Interview | null;
  opened: boolean;
  onClose: () => void;
}

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Panel problems arrive as "body.panelUserIds.N" and name the person; they show under the picker. */
function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.problem.errors) {
    const field = path.replace(/^body\./, "").split(".")[0] ?? "";
    result[field] = result[field] ? `${result[field]}; ${message}` : message;
  }
  return result;
}

export function ScheduleDialog({ ws, partnerId, partnerTimeZone, interview, opened, onClose }: ScheduleDialogProps) {
  const { t } = useTranslation();
  const zone = localZone();
  const kits = useKits(ws);
  const staff = useStaffDirectory(ws, opened);
  const schedule = useScheduleInterview(ws, partnerId);
  const [kitId, setKitId] = useState<string | null>(interview?.kitId ?? null);
  const [stageKey, setStageKey] = useState<string | null>(interview?.stageKey ?? null);
  const [date, setDate] = useState(interview ? dateInputOf(interview.startsAt, zone) : "");
  const [time, setTime] = useState(interview ? timeInputOf(interview.startsAt, zone) : "10:00");
  const [duration, setDuration] = useState<number>(interview?.durationMinutes ?? 60);
  const [location, setLocation] = useState(interview?.location ?? "");
  const [panel, setPanel] = useState<string[]>(interview?.panel.map((member) => member.userId) ?? []);
  const kitList = kits.data?.items ?? [];
  const chosenKit = kitList.find((kit) => kit.id === (kitId ?? kitList[0]?.id));
  const chosenStage = chosenKit?.stages.find((stage) => stage.key === (stageKey ?? chosenKit.stages[0]?.key));
  const people = (staff.data?.users ?? []).filter((person) => person.status === "active" && person.role !== "viewer").map((person) => ({ value: person.userId, label: person.name }));
  const errors = fieldErrors(schedule.error);

  const close = () => {
    schedule.reset();
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const startsAt = instantFromInputs(date, time, zone);
    if (!startsAt) return;
    const done = (message: string) => () => {
      notifySuccess(message);
      close();
    };
    if (interview) {
      schedule.mutate({ interviewId: interview.id, change: { version: interview.version, startsAt, durationMinutes: duration, location, panelUserIds: panel } }, { onSuccess: done(t("interviews.schedule.moved")) });
    } else if (chosenKit && chosenStage) {
      schedule.mutate(
        { interviewId: null, schedule: { kitId: chosenKit.id, stageKey: chosenStage.key, startsAt, durationMinutes: duration, location, panelUserIds: panel } },
        { onSuccess: (result) => done(t(result.candidateInvited ? "interviews.schedule.invited" : "interviews.schedule.scheduled"))() },
      );
    }
  };

  return (
    <AppModal opened={opened} onClose={close} title={interview ? t("interviews.schedule.moveTitle", { stage: interview.stageName }) : t("interviews.schedule.title")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {schedule.error !== null && (
            <Alert color="red" role="alert">
              {problemMessage(schedule.error, t)}
            </Alert>
          )}
          {!interview && kits.isSuccess && kitList.length === 0 && <Alert color="orange">{t("interviews.schedule.noKits")}</Alert>}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select label={t("interviews.schedule.kit")} data={kitList.map((kit) => ({ value: kit.id, label: kit.name }))} value={chosenKit?.id ?? null} onChange={(value) => { setKitId(value); setStageKey(null); }} disabled={interview !== null} allowDeselect={false} required error={errors["kitId"]} />
            <Select label={t("interviews.schedule.stage")} data={(chosenKit?.stages ?? []).map((stage) => ({ value: stage.key, label: stage.name }))} value={chosenStage?.key ?? null} onChange={setStageKey} disabled={interview !== null} allowDeselect={false} required error={errors["stageKey"]} />
          </SimpleGrid>
          {(interview?.certifiedOnly ?? chosenStage?.certifiedOnly) && (
            <Text size="sm" c="dimmed">
              {t("interviews.schedule.certifiedOnly")}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput type="date" label={t("interviews.schedule.date")} required value={date} onChange={(event) => setDate(event.currentTarget.value)} error={errors["startsAt"]} />
            <TextInput type="time" label={t("interviews.schedule.time")} required value={time} onChange={(event) => setTime(event.currentTarget.value)} />
            <NumberInput label={t("interviews.schedule.duration")} min={15} max={480} step={15} value={duration} onChange={(value) => setDuration(typeof value === "number" ? value : 60)} error={errors["durationMinutes"]} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t("interviews.schedule.zoneHint", { zone, partnerZone: partnerTimeZone })}
          </Text>
          <TextInput label={t("interviews.schedule.location")} maxLength={500} value={location} onChange={(event) => setLocation(event.currentTarget.value)} error={errors["location"]} />
          <MultiSelect label={t("interviews.schedule.panel")} description={t("interviews.schedule.panelHint")} data={people} value={panel} onChange={setPanel} searchable required error={errors["panelUserIds"]} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={schedule.isPending} disabled={panel.length === 0 || date === "" || (!interview && !chosenStage)}>
              {interview ? t("interviews.schedule.move") : t("interviews.schedule.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

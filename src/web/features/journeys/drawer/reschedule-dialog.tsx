import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyStep } from "../../../../domain/journeys/contracts";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { useStepAction } from "../api";
import { ActionError } from "../components/action-error";
import { ReasonField } from "../components/reason-field";
import { ZonedDateTime } from "../components/zoned-date-time";
import { useJourneyContext } from "../journey-context";
import { dateInputOf, formatInZone, instantFromInputs, timeInputOf } from "../zoned-format";

/** A new due date set by hand (it then stays put when other steps move), with the reason why. */
export function RescheduleDialog({ step, onClose }: { step: JourneyStep; onClose: () => void }) {
  const { t } = useTranslation();
  const { ws, partnerId, journey, reload } = useJourneyContext();
  const reschedule = useStepAction(ws, partnerId, journey.id, "reschedule");
  const zone = journey.timeZone;
  const [date, setDate] = useState(step.dueAt ? dateInputOf(step.dueAt, zone) : "");
  const [time, setTime] = useState(step.dueAt ? timeInputOf(step.dueAt, zone) : "17:00");
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const dueAt = instantFromInputs(date, time, zone);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!dueAt || !reason.trim()) return;
    reschedule.mutate(
      { stepId: step.id, body: { version: step.version, dueAt, reason: reason.trim() } },
      {
        onSuccess: () => {
          notifySuccess(t("journeys.reschedule.done", { title: step.title, date: formatInZone(dueAt, zone) }));
          onClose();
        },
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t("journeys.reschedule.title", { title: step.title })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{step.dueAt ? t("journeys.reschedule.current", { date: formatInZone(step.dueAt, zone) }) : t("journeys.reschedule.noCurrent")}</Text>
          <ActionError error={reschedule.error} onReload={reload} />
          <ZonedDateTime date={date} time={time} zone={zone} onDate={setDate} onTime={setTime} error={submitted && !dueAt ? t("journeys.dates.invalid") : null} />
          <ReasonField value={reason} onChange={setReason} error={submitted && !reason.trim() ? t("validation.required") : null} />
          <Text size="xs" c="dimmed">
            {t("journeys.reschedule.stays")}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={reschedule.isPending}>
              {t("journeys.reschedule.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

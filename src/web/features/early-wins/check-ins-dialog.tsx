import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EarlyWin } from "../../../domain/alignment/contracts";
import { fieldErrorsOf } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { instantFromInputs } from "../journeys/zoned-format";
import { useScheduleCheckIns } from "./api";
import { FailureAlert } from "./failure-alert";

/**
 * Plans the weekly check-ins until the deadline. Leaving the first date empty starts a week after
 * the early win was agreed; asking again only adds the weeks not planned yet.
 */
export function CheckInsDialog({ ws, partnerId, win, zone, onClose }: { ws: string; partnerId: string; win: EarlyWin; zone: string; onClose: () => void }) {
  const { t } = useTranslation();
  const schedule = useScheduleCheckIns(ws, partnerId);
  const [date, setDate] = useState("");
  const [time, setTime] = useState("10:00");
  const [duration, setDuration] = useState<number>(30);
  const [location, setLocation] = useState("");
  const errors = fieldErrorsOf(schedule.error, ["firstAt", "durationMinutes", "location"]);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const firstAt = date ? (instantFromInputs(date, time, zone) ?? undefined) : undefined;
    schedule.mutate(
      { id: win.id, version: win.version, firstAt, durationMinutes: duration, location: location.trim() || null },
      {
        onSuccess: (result) => {
          notifySuccess(t("earlyWins.checkIns.scheduled", { count: result.checkIns.filter((checkIn) => !checkIn.cancelled).length }));
          onClose();
        },
      },
    );
  };
  return (
    <AppModal opened onClose={onClose} title={t("earlyWins.checkIns.title", { title: win.title })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("earlyWins.checkIns.explain")}</Text>
          <FailureAlert ws={ws} partnerId={partnerId} error={schedule.error} onReloaded={onClose} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t("earlyWins.checkIns.firstDate", { zone })} description={t("earlyWins.checkIns.firstDateHint")} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors["firstAt"]} />
            <TextInput type="time" label={t("earlyWins.checkIns.firstTime", { zone })} value={time} onChange={(e) => setTime(e.currentTarget.value)} disabled={!date} />
            <NumberInput label={t("earlyWins.checkIns.duration")} min={10} max={120} step={5} value={duration} onChange={(value) => setDuration(typeof value === "number" ? value : 30)} error={errors["durationMinutes"]} />
            <TextInput label={t("earlyWins.checkIns.location")} value={location} onChange={(e) => setLocation(e.currentTarget.value)} error={errors["location"]} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={schedule.isPending}>
              {t("earlyWins.checkIns.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

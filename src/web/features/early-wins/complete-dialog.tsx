import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EarlyWin } from "../../../domain/alignment/contracts";
import { fieldErrorsOf } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { useCompleteEarlyWin } from "./api";
import { FailureAlert } from "./failure-alert";

/** Marks the early win done: the outcome goes to both teams and into the case-study draft, with the lessons. */
export function CompleteDialog({ ws, partnerId, win, onClose }: { ws: string; partnerId: string; win: EarlyWin; onClose: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteEarlyWin(ws, partnerId);
  const [outcome, setOutcome] = useState("");
  const [lessons, setLessons] = useState("");
  const errors = fieldErrorsOf(complete.error, ["outcome", "lessons"]);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    complete.mutate(
      { id: win.id, version: win.version, outcome, lessons },
      {
        onSuccess: () => {
          notifySuccess(t("earlyWins.complete.done"));
          onClose();
        },
      },
    );
  };
  return (
    <AppModal opened onClose={onClose} title={t("earlyWins.complete.title", { title: win.title })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("earlyWins.complete.explain")}</Text>
          <FailureAlert ws={ws} partnerId={partnerId} error={complete.error} onReloaded={onClose} />
          <Textarea label={t("earlyWins.complete.outcome")} description={t("earlyWins.complete.outcomeHint")} autosize minRows={2} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} required error={errors["outcome"]} />
          <Textarea label={t("earlyWins.complete.lessons")} autosize minRows={2} value={lessons} onChange={(e) => setLessons(e.currentTarget.value)} error={errors["lessons"]} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={complete.isPending}>
              {t("earlyWins.complete.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

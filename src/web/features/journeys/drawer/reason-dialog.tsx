import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyStep } from "../../../../domain/journeys/contracts";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { useStepAction } from "../api";
import { ActionError } from "../components/action-error";
import { ReasonField } from "../components/reason-field";
import { useJourneyContext } from "../journey-context";

/** "Send back" (reopen) and "skip": both change where a step stands, so both say why. */
export function ReasonDialog({ step, verb, onClose }: { step: JourneyStep; verb: "reopen" | "skip"; onClose: () => void }) {
  const { t } = useTranslation();
  const { ws, partnerId, journey, reload } = useJourneyContext();
  const action = useStepAction(ws, partnerId, journey.id, verb);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    action.mutate(
      { stepId: step.id, body: { version: step.version, reason: reason.trim() } },
      {
        onSuccess: () => {
          notifySuccess(t(`journeys.${verb}.done`, { title: step.title }));
          onClose();
        },
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t(`journeys.${verb}.title`, { title: step.title })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t(`journeys.${verb}.message`)}</Text>
          <ActionError error={action.error} onReload={reload} />
          <ReasonField value={reason} onChange={setReason} error={missing && !reason.trim() ? t("validation.required") : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color={verb === "skip" ? "orange" : undefined} loading={action.isPending}>
              {t(`journeys.${verb}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

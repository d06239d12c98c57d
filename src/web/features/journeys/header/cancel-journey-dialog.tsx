import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { useCancelJourney } from "../api";
import { ActionError } from "../components/action-error";
import { ReasonField } from "../components/reason-field";
import { useJourneyContext } from "../journey-context";

/** Stops a journey for good (its history stays); asks why. */
export function CancelJourneyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { ws, partnerId, journey, reload } = useJourneyContext();
  const cancel = useCancelJourney(ws, partnerId, journey.id);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    cancel.mutate(
      { version: journey.version, reason: reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(t("journeys.cancel.done"));
          onClose();
        },
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t("journeys.cancel.title")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("journeys.cancel.message", { template: journey.templateName })}</Text>
          <ActionError error={cancel.error} onReload={reload} />
          <ReasonField value={reason} onChange={setReason} error={missing && !reason.trim() ? t("validation.required") : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              {t("journeys.cancel.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

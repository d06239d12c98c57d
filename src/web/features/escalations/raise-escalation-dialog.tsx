import { Alert, Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { useRaiseEscalation } from "./api";

interface RaiseEscalationDialogProps {
  ws: string;
  partnerId: string;
  opened: boolean;
  onClose: () => void;
}

export function RaiseEscalationDialog({ ws, partnerId, opened, onClose }: RaiseEscalationDialogProps) {
  const { t } = useTranslation();
  const raise = useRaiseEscalation(ws, partnerId);
  const [summary, setSummary] = useState("");
  const [perspective, setPerspective] = useState("");
  const errors = fieldErrorsOf(raise.error, ["summary", "perspective"]);
  const general = raise.error !== null && Object.keys(errors).length === 0;

  const close = () => {
    raise.reset();
    setSummary("");
    setPerspective("");
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    raise.mutate(
      { summary, perspective },
      {
        onSuccess: () => {
          notifySuccess(t("escalations.raise.raised"));
          close();
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={t("escalations.raise.title")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {problemMessage(raise.error, t)}
            </Alert>
          )}
          <TextInput label={t("escalations.raise.summary")} description={t("escalations.raise.summaryHint")} value={summary} onChange={(event) => setSummary(event.currentTarget.value)} error={errors.summary} required data-autofocus />
          <Textarea
            label={t("escalations.raise.perspective")}
            description={t("escalations.raise.perspectiveHint")}
            value={perspective}
            onChange={(event) => setPerspective(event.currentTarget.value)}
            error={errors.perspective}
            autosize
            minRows={4}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={raise.isPending}>
              {t("escalations.raise.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

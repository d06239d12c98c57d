import { Button, Group, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EscalationView } from "../../../domain/escalations/contracts";
import { fieldErrorsOf } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { useGivePerspective, useReloadEscalations } from "./api";
import { SaveError } from "../../components/save-error";

interface PerspectiveFormProps {
  ws: string;
  partnerId: string;
  escalation: EscalationView;
  /** The caller's own perspective so far ("" when their side has not given one). */
  current: string;
  onDone: () => void;
}

/** The caller's side writes or corrects its own perspective; the other side's stays theirs. */
export function PerspectiveForm({ ws, partnerId, escalation, current, onDone }: PerspectiveFormProps) {
  const { t } = useTranslation();
  const give = useGivePerspective(ws, partnerId);
  const reload = useReloadEscalations(ws, partnerId);
  const [perspective, setPerspective] = useState(current);
  const errors = fieldErrorsOf(give.error, ["perspective"]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    give.mutate(
      { escalationId: escalation.id, version: escalation.version, perspective },
      {
        onSuccess: () => {
          notifySuccess(t("escalations.perspective.saved"));
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <SaveError
          error={errors.perspective ? null : give.error}
          onReload={() => {
            give.reset();
            reload();
          }}
        />
        <Textarea label={t("escalations.perspective.label")} value={perspective} onChange={(event) => setPerspective(event.currentTarget.value)} error={errors.perspective} autosize minRows={3} required data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="xs" loading={give.isPending}>
            {t("escalations.perspective.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Group, List, Stack, Text, Textarea } from "@mantine/core";
import { IconCalendarTime } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CompletionPreview, JourneyStep } from "../../../../domain/journeys/contracts";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { useCompletionPreview, useStepAction } from "../api";
import { ActionError } from "../components/action-error";
import { useJourneyContext } from "../journey-context";
import { formatInZone } from "../zoned-format";

function Shifts({ preview, zone }: { preview: CompletionPreview; zone: string }) {
  const { t } = useTranslation();
  const day = (iso: string | null) => (iso ? formatInZone(iso, zone) : t("journeys.step.noDueDate"));
  if (preview.shifts.length === 0) return <Text size="sm">{t("journeys.complete.noShifts")}</Text>;
  return (
    <Alert color="blue" icon={<IconCalendarTime size={18} aria-hidden />} title={t("journeys.complete.shiftsTitle", { count: preview.shifts.length })}>
      <List size="sm" spacing={4}>
        {preview.shifts.map((shift) => (
          <List.Item key={shift.stepId}>{t("journeys.complete.shift", { title: shift.title, from: day(shift.from), to: day(shift.to) })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * Completing a step moves the due dates that count from it. The dialog first asks the server which
 * ones and by how much, so the person sees the shift before confirming.
 */
export function CompleteDialog({ step, input, note: initialNote, onClose }: { step: JourneyStep; input: unknown; note?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { ws, partnerId, journey, reload } = useJourneyContext();
  const preview = useCompletionPreview(ws, partnerId, journey.id, step, true);
  const complete = useStepAction(ws, partnerId, journey.id, "complete");
  const [note, setNote] = useState(initialNote ?? "");

  const confirm = () =>
    complete.mutate(
      { stepId: step.id, body: { version: step.version, input, note: note.trim() || undefined } },
      {
        onSuccess: () => {
          notifySuccess(t("journeys.complete.done", { title: step.title }));
          onClose();
        },
      },
    );

  return (
    <AppModal opened onClose={onClose} title={t("journeys.complete.title", { title: step.title })}>
      <Stack>
        {preview.error ? (
          <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
        ) : preview.isPending ? (
          <PageLoader />
        ) : (
          <Shifts preview={preview.data} zone={journey.timeZone} />
        )}
        <Textarea label={t("journeys.complete.note")} autosize minRows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        <ActionError error={complete.error} onReload={reload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={confirm} loading={complete.isPending} disabled={!preview.data} data-autofocus>
            {t("journeys.complete.confirm")}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

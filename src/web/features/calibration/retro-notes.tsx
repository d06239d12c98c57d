import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { CalibrationNote, CalibrationReport, CalibrationScope } from "../../../domain/calibration/contracts";
import { applyServerErrors, problemMessage } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { QueryError } from "../../components/query-error";
import { formatDate, formatDateTime } from "../../i18n/format";
import { useAddCalibrationNote, useCalibrationNotes } from "./api";

/** Says which interviews a note was about, in words: "kit Partner interviews, stage Culture fit, from 1 Oct 2026". */
export function describeScope(scope: CalibrationNote["scope"], t: TFunction): string {
  const parts = [
    scope.kitName ? t("calibration.notes.scopeKit", { name: scope.kitName }) : null,
    scope.stageKey ? t("calibration.notes.scopeStage", { name: scope.stageName ?? scope.stageKey }) : null,
    scope.from ? t("calibration.notes.scopeFrom", { date: formatDate(`${scope.from}T12:00:00Z`) }) : null,
    scope.to ? t("calibration.notes.scopeTo", { date: formatDate(`${scope.to}T12:00:00Z`) }) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : t("calibration.notes.scopeAll");
}

/** The current filters as a note's scope, with the kit and stage names the page already knows. */
function scopeOf(search: CalibrationScope, kits: CalibrationReport["kits"]): CalibrationNote["scope"] {
  const kit = kits.find((candidate) => candidate.id === search.kitId);
  return {
    kitId: search.kitId ?? null,
    kitName: kit?.name ?? null,
    stageKey: search.stageKey ?? null,
    stageName: (kit ? kit.stages : kits.flatMap((candidate) => candidate.stages)).find((stage) => stage.key === search.stageKey)?.name ?? null,
    from: search.from ?? null,
    to: search.to ?? null,
  };
}

/** Retro notes of calibration sessions, newest first, and (for admins) a form to add one under the current filters. */
export function RetroNotes({ ws, scope, kits, canWrite }: { ws: string; scope: CalibrationScope; kits: CalibrationReport["kits"]; canWrite: boolean }) {
  const { t } = useTranslation();
  const notes = useCalibrationNotes(ws);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="retro-notes-title">
      <Title order={2} size="h4" id="retro-notes-title">
        {t("calibration.notes.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("calibration.notes.hint")}
      </Text>
      {canWrite && <AddNoteForm ws={ws} scope={scope} kits={kits} />}
      {notes.error ? (
        <QueryError error={notes.error} onRetry={() => void notes.refetch()} />
      ) : notes.data?.length === 0 ? (
        <Text size="sm" mt="md">
          {canWrite ? t("calibration.notes.empty") : t("calibration.notes.emptyReader")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" mt="md" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("calibration.notes.listLabel")}>
          {notes.data?.map((note) => (
            <Paper component="li" key={note.id} withBorder p="sm" bg="gray.0">
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {note.body}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {t("calibration.notes.by", { name: note.author?.name ?? t("calibration.notes.unknownAuthor"), date: formatDateTime(note.createdAt) })} · {describeScope(note.scope, t)}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function AddNoteForm({ ws, scope, kits }: { ws: string; scope: CalibrationScope; kits: CalibrationReport["kits"] }) {
  const { t } = useTranslation();
  const add = useAddCalibrationNote(ws);
  const form = useForm({ initialValues: { body: "" }, validate: { body: (value) => (value.trim() ? null : t("validation.required")) } });
  const submit = form.onSubmit((values) =>
    add.mutate(
      { scope, body: values.body.trim() },
      {
        onSuccess: () => {
          notifySuccess(t("calibration.notes.added"));
          form.reset();
          add.reset();
        },
        onError: (error) => applyServerErrors(form, error),
      },
    ),
  );
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs">
        {add.error && (
          <Alert color="red" role="alert">
            {problemMessage(add.error, t)}
          </Alert>
        )}
        <Textarea
          label={t("calibration.notes.label")}
          placeholder={t("calibration.notes.placeholder")}
          description={t("calibration.notes.scopeHint", { scope: describeScope(scopeOf(scope, kits), t) })}
          autosize
          minRows={3}
          maxLength={5000}
          required
          {...form.getInputProps("body")}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t("calibration.notes.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

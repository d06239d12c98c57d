import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import type { JourneyStep } from "../../../../domain/journeys/contracts";
import { meetingOf } from "../../../../domain/meetings/schemas";
import { formatDate, formatDateTime } from "../../../i18n/format";
import { meetingCalendarUrl, useStepFiles, type StepRef } from "./api";
import { FileList } from "./file-list";
import { formFieldsOf, type Answer } from "./form-work";
import { MeetingSummary } from "./meeting-work";

/*
 * What a finished step produced, read from its `result` as the kind handlers write it. Each part
 * is parsed on its own, so a result with fewer facts still shows what it has.
 */
const Answers = z.object({ answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) });
const Acknowledged = z.object({ acknowledgedBy: z.string(), acknowledgedAt: z.string(), signature: z.string().optional() });
const Approved = z.object({ approvedBy: z.string(), approvedAt: z.string() });
const Held = z.object({ heldAt: z.string(), recordedBy: z.string() });
const Notes = z.object({ notes: z.string() });
const Note = z.object({ note: z.string() });

function AnswerValue({ value }: { value: Answer | undefined }) {
  const { t } = useTranslation();
  if (value === undefined) return <Text size="sm" c="dimmed">{t("stepWork.result.noAnswer")}</Text>;
  if (typeof value === "boolean") return <Text size="sm">{value ? t("stepWork.form.yes") : t("stepWork.form.no")}</Text>;
  return <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>{String(value)}</Text>;
}

function FormAnswers({ step }: { step: JourneyStep }) {
  const { t } = useTranslation();
  const parsed = Answers.safeParse(step.result);
  if (!parsed.success) return null;
  const fields = formFieldsOf(step.fields);
  return (
    <Table variant="vertical" layout="fixed" withTableBorder aria-label={t("stepWork.result.answers")}>
      <Table.Tbody>
        {fields.map((field) => (
          <Table.Tr key={field.key}>
            <Table.Th w="40%">{field.label}</Table.Th>
            <Table.Td>
              <AnswerValue value={parsed.data.answers[field.key]} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function StepFilesRead({ stepRef }: { stepRef: StepRef }) {
  const files = useStepFiles(stepRef);
  if (!files.data) return null;
  return <FileList stepRef={stepRef} files={files.data.files} canRemove={false} />;
}

/** Who finished the step and when, and what it produced (answers, acknowledgement, files, meeting, note). */
export function StepResult({ stepRef, step }: { stepRef: StepRef; step: JourneyStep }) {
  const { t } = useTranslation();
  const acknowledged = Acknowledged.safeParse(step.result);
  const approved = Approved.safeParse(step.result);
  const held = Held.safeParse(step.result);
  const notes = Notes.safeParse(step.result);
  const note = Note.safeParse(step.result);
  const meeting = meetingOf(step.result);
  return (
    <Stack gap="sm">
      {step.completedAt && step.completedBy && (
        <Text size="sm">{t("stepWork.result.completedBy", { name: step.completedBy.name, date: formatDateTime(step.completedAt) })}</Text>
      )}
      {step.kind === "form" && <FormAnswers step={step} />}
      {acknowledged.success && (
        <Text size="sm">
          {t("stepWork.result.acknowledgedBy", { name: acknowledged.data.acknowledgedBy, date: formatDateTime(acknowledged.data.acknowledgedAt) })}
          {acknowledged.data.signature ? ` · ${t("stepWork.result.signedAs", { signature: acknowledged.data.signature })}` : ""}
        </Text>
      )}
      {approved.success && <Text size="sm">{t("stepWork.result.approvedBy", { name: approved.data.approvedBy, date: formatDateTime(approved.data.approvedAt) })}</Text>}
      {meeting && <MeetingSummary meeting={meeting} calendarUrl={meetingCalendarUrl(stepRef)} />}
      {held.success && <Text size="sm">{t("stepWork.result.heldAt", { name: held.data.recordedBy, date: formatDate(held.data.heldAt) })}</Text>}
      {step.kind === "upload_request" && (
        <div>
          <Text size="sm" fw={600}>
            {t("stepWork.result.files")}
          </Text>
          <StepFilesRead stepRef={stepRef} />
        </div>
      )}
      {notes.success && (
        <div>
          <Text size="sm" fw={600}>
            {t("stepWork.result.notes")}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {notes.data.notes}
          </Text>
        </div>
      )}
      {note.success && (
        <div>
          <Text size="sm" fw={600}>
            {t("stepWork.result.note")}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {note.data.note}
          </Text>
        </div>
      )}
    </Stack>
  );
}

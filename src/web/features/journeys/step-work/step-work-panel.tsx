import { Alert, Stack, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Journey, JourneyStep } from "../../../../domain/journeys/contracts";
import { MilestoneFields } from "../../../../domain/journeys/template/kinds/milestone";
import { meetingOf } from "../../../../domain/meetings/schemas";
import { DocumentBody, AcknowledgementWork } from "./ack-work";
import { meetingCalendarUrl, useStepFiles, type StepRef } from "./api";
import { NoteAndComplete, StepWorkProvider } from "./completion";
import { FileList } from "./file-list";
import { FormWork } from "./form-work";
import { MeetingSummary, MeetingWork } from "./meeting-work";
import { StepResult } from "./step-result";
import { UploadRulesText, UploadWork } from "./upload-work";
import { DocumentAcknowledgementFields } from "../../../../domain/journeys/template/kinds/document-acknowledgement";

export interface StepWorkPanelProps {
  ws: string;
  partnerId: string;
  journey: Journey;
  step: JourneyStep;
  /** Called with the journey as it is after the step was completed here. */
  onDone?: (journey: Journey) => void;
  /**
   * Optional: take the completion over (the staff page confirms first, showing the due dates that
   * will shift) — called with the kind's input and note instead of completing right away.
   */
  onComplete?: (input: unknown, note?: string) => void;
}

function TaskWork() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">{t("stepWork.task.intro")}</Text>
      <NoteAndComplete />
    </Stack>
  );
}

function ApprovalWork() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">{t("stepWork.approval.intro")}</Text>
      <NoteAndComplete label={t("stepWork.approval.note")} buttonLabel={t("stepWork.approval.approve")} />
    </Stack>
  );
}

function KindWork({ step }: { step: JourneyStep }) {
  switch (step.kind) {
    case "form":
      return <FormWork />;
    case "upload_request":
      return <UploadWork />;
    case "document_acknowledgement":
      return <AcknowledgementWork />;
    case "meeting":
      return <MeetingWork />;
    case "approval_gate":
      return <ApprovalWork />;
    default:
      return <TaskWork />;
  }
}

/** What someone who may not act still gets to see: the document, the files so far, the meeting time. */
function ReadOnlyWork({ stepRef, step }: { stepRef: StepRef; step: JourneyStep }) {
  const files = useStepFiles(stepRef);
  const document = DocumentAcknowledgementFields.safeParse(step.fields);
  const meeting = meetingOf(step.result);
  if (step.kind === "document_acknowledgement" && document.success) return <DocumentBody body={document.data.body} stepId={step.id} />;
  if (step.kind === "meeting" && meeting) return <MeetingSummary meeting={meeting} calendarUrl={meetingCalendarUrl(stepRef)} />;
  if (step.kind === "upload_request" && files.data) {
    return (
      <Stack gap="xs">
        {files.data.rules && <UploadRulesText rules={files.data.rules} />}
        <FileList stepRef={stepRef} files={files.data.files} canRemove={false} />
      </Stack>
    );
  }
  return null;
}

/**
 * The work area of one journey step, for the staff journey page and the partner portal alike: the
 * kind's own form (task, form, upload, document, meeting, approval) when the person may act on it,
 * what it produced once it is done, and why not otherwise.
 */
export function StepWorkPanel({ ws, partnerId, journey, step, onDone, onComplete }: StepWorkPanelProps) {
  const { t } = useTranslation();
  const stepRef: StepRef = { ws, partnerId, journeyId: journey.id, stepId: step.id };
  const running = journey.status !== "cancelled";

  if (step.status !== "open") {
    return (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("stepWork.closed", { status: step.status === "done" ? t("stepWork.statusDone") : t("stepWork.statusSkipped") })}
        </Text>
        <StepResult stepRef={stepRef} step={step} />
      </Stack>
    );
  }
  if (step.kind === "milestone") {
    const fields = MilestoneFields.safeParse(step.fields);
    return <Text size="sm">{t("stepWork.milestone.intro", { event: fields.success ? fields.data.completedBy : step.title })}</Text>;
  }
  if (!step.canAct || !running) {
    return (
      <Stack gap="sm">
        <Alert color="gray" icon={<IconLock size={18} aria-hidden />}>
          {step.owner ? t("stepWork.notYours", { owner: step.owner.name }) : t("stepWork.notYoursNobody")}
        </Alert>
        <ReadOnlyWork stepRef={stepRef} step={step} />
      </Stack>
    );
  }
  if (step.state === "locked" || step.state === "blocked") {
    return (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {step.state === "locked" ? t("stepWork.waitLocked") : t("stepWork.waitBlocked")}
        </Text>
        <ReadOnlyWork stepRef={stepRef} step={step} />
      </Stack>
    );
  }
  return (
    <StepWorkProvider options={{ ref: stepRef, step, journey, onDone, onComplete }}>
      <KindWork step={step} />
    </StepWorkProvider>
  );
}

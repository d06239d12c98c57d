import { Alert, Button, Textarea } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { createContext, useContext, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Journey, JourneyStep } from "../../../../domain/journeys/contracts";
import { problemMessage } from "../../../api/problems";
import { notifySuccess } from "../../../components/notify";
import { useCompleteStep, type StepRef } from "./api";

/** What every kind's work area needs: where the step is, and one way to complete it. */
export interface StepWorkValue {
  ref: StepRef;
  step: JourneyStep;
  journey: Journey;
  /** Completes the step with the kind's input and an optional note kept with the result. */
  complete: (input: unknown, note?: string) => void;
  completing: boolean;
  error: unknown;
}

export const StepWorkContext = createContext<StepWorkValue | null>(null);

export function useStepWork(): StepWorkValue {
  const value = useContext(StepWorkContext);
  if (!value) throw new Error("a step work part rendered outside StepWorkPanel");
  return value;
}

export interface CompletionOptions {
  ref: StepRef;
  step: JourneyStep;
  journey: Journey;
  onDone?: (journey: Journey) => void;
  /** A host page that wants to confirm first (the staff page shows the due dates that will shift) takes the input here. */
  onComplete?: (input: unknown, note?: string) => void;
}

export function StepWorkProvider({ options, children }: { options: CompletionOptions; children: ReactNode }) {
  const { t } = useTranslation();
  const mutation = useCompleteStep(options.ref);
  const complete = (input: unknown, note?: string) => {
    if (options.onComplete) {
      options.onComplete(input, note);
      return;
    }
    mutation.mutate(
      { version: options.step.version, input, ...(note ? { note } : {}) },
      {
        onSuccess: (journey) => {
          notifySuccess(t("stepWork.completed", { title: options.step.title }));
          options.onDone?.(journey);
        },
      },
    );
  };
  const value: StepWorkValue = { ref: options.ref, step: options.step, journey: options.journey, complete, completing: mutation.isPending, error: mutation.error };
  return <StepWorkContext.Provider value={value}>{children}</StepWorkContext.Provider>;
}

/** The server's reason when completing did not go through (a field's own problem shows on the field instead). */
export function CompletionError() {
  const { t } = useTranslation();
  const { error } = useStepWork();
  if (!error) return null;
  return (
    <Alert color="red" role="alert">
      {problemMessage(error, t)}
    </Alert>
  );
}

/**
 * An optional note and the button that completes the step, for kinds whose input is fixed
 * (`input`); a meeting's notes go inside its input (`notesInInput`), every other note beside it.
 */
export function NoteAndComplete({ label, buttonLabel, input = {}, notesInInput, disabled }: { label?: string; buttonLabel?: string; input?: Record<string, unknown>; notesInInput?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  const { complete, completing } = useStepWork();
  const [note, setNote] = useState("");
  const text = note.trim();
  const submit = () => (notesInInput ? complete(text ? { ...input, notes: text } : input) : complete(input, text || undefined));
  return (
    <>
      <Textarea label={label ?? t("stepWork.note")} description={t("stepWork.noteHint")} autosize minRows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
      <CompletionError />
      <div>
        <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={submit} loading={completing} disabled={disabled}>
          {buttonLabel ?? t("stepWork.complete")}
        </Button>
      </div>
    </>
  );
}

import { Alert, Button, Group, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EscalationView } from "../../../domain/escalations/contracts";
import { otherSide } from "../../../domain/trust/side";
import { ApiError } from "../../api/http";
import { fieldErrorsOf } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { useReloadEscalations, useResolveEscalation } from "./api";
import { SaveError } from "../../components/save-error";

interface ResolveFormProps {
  ws: string;
  partnerId: string;
  escalation: EscalationView;
  onDone: () => void;
}

/** "meeting" is the one missing part that is no field of this form; it shows above it. */
function meetingProblem(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  return error.problem.errors?.find((problem) => problem.path === "meeting")?.message ?? null;
}

export function ResolveForm({ ws, partnerId, escalation, onDone }: ResolveFormProps) {
  const { t } = useTranslation();
  const resolve = useResolveEscalation(ws, partnerId);
  const reload = useReloadEscalations(ws, partnerId);
  const [otherPerspective, setOtherPerspective] = useState(escalation.otherPerspective);
  const [agreedAction, setAgreedAction] = useState("");
  const [lessonLearned, setLessonLearned] = useState("");
  const errors = fieldErrorsOf(resolve.error, ["otherPerspective", "agreedAction", "lessonLearned"]);
  const meeting = meetingProblem(resolve.error);
  const general = resolve.error !== null && !meeting && Object.keys(errors).length === 0;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    resolve.mutate(
      { escalationId: escalation.id, version: escalation.version, otherPerspective, agreedAction, lessonLearned },
      {
        onSuccess: () => {
          notifySuccess(t("escalations.resolve.resolved"));
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("escalations.resolve.title")}>
      <Stack gap="xs">
        {meeting && (
          <Alert color="orange" role="alert">
            {meeting}
          </Alert>
        )}
        {general && (
          <SaveError
            error={resolve.error}
            onReload={() => {
              resolve.reset();
              reload();
            }}
          />
        )}
        <Textarea
          label={t("escalations.resolve.otherPerspective", { side: t(`escalations.sideName.${otherSide(escalation.raisedSide)}`) })}
          description={escalation.otherPerspective ? t("escalations.resolve.otherPerspectiveHint") : undefined}
          value={otherPerspective}
          onChange={(event) => setOtherPerspective(event.currentTarget.value)}
          error={errors.otherPerspective}
          autosize
          minRows={2}
          required
        />
        <Textarea label={t("escalations.resolve.agreedAction")} value={agreedAction} onChange={(event) => setAgreedAction(event.currentTarget.value)} error={errors.agreedAction} autosize minRows={2} required />
        <Textarea label={t("escalations.resolve.lessonLearned")} value={lessonLearned} onChange={(event) => setLessonLearned(event.currentTarget.value)} error={errors.lessonLearned} autosize minRows={2} required />
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="xs" loading={resolve.isPending}>
            {t("escalations.resolve.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Group, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScorecardView } from "../../../domain/interviews/contracts";
import { recommendationValues, scoreMax, scoreMin, type InterviewCriterion, type Recommendation } from "../../../domain/interviews/kit";
import { ApiError } from "../../api/http";
import { problemMessage } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { useSaveScorecard } from "./api";

interface ScorecardFormProps {
  ws: string;
  partnerId: string;
  interviewId: string;
  criteria: readonly InterviewCriterion[];
  mine: ScorecardView;
}

type Entry = { score: number | null; evidence: string };
const scoreValues = Array.from({ length: scoreMax - scoreMin + 1 }, (_, index) => String(scoreMin + index));

/** Server errors by field: "body.scores.capability.score" → "capability", "body.recommendation" → "recommendation". */
function errorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.problem.errors) {
    const field = path.startsWith("body.scores.") ? (path.split(".")[2] ?? "") : path.replace(/^body\./, "");
    result[field] ??= message;
  }
  return result;
}

function isRecommendation(value: string): value is Recommendation {
  return recommendationValues.some((candidate) => candidate === value);
}

/**
 * The interviewer's own scorecard: each criterion with its guidance beside a 1–5 radio group
 * (arrow keys move within a group, Tab between them) and the evidence; then the recommendation.
 */
export function ScorecardForm({ ws, partnerId, interviewId, criteria, mine }: ScorecardFormProps) {
  const { t } = useTranslation();
  const save = useSaveScorecard(ws, partnerId, interviewId);
  const [scores, setScores] = useState<Record<string, Entry>>(() => Object.fromEntries(criteria.map((c) => [c.key, mine.scores?.[c.key] ?? { score: null, evidence: "" }])));
  const [recommendation, setRecommendation] = useState<Recommendation | null>(mine.recommendation);
  const [notes, setNotes] = useState(mine.notes ?? "");
  const errors = errorsOf(save.error);
  const setEntry = (key: string, change: Partial<Entry>) => setScores((current) => ({ ...current, [key]: { score: null, evidence: "", ...current[key], ...change } }));

  const send = (submit: boolean) => {
    const input = { ...(mine.version === null ? {} : { version: mine.version }), scores, recommendation, notes };
    save.mutate({ input, submit }, { onSuccess: () => notifySuccess(t(submit ? "interviews.scorecard.submitted" : "interviews.scorecard.saved")) });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send(true);
      }}
    >
      <Stack gap="lg">
        <Text size="sm">{t("interviews.scorecard.intro")}</Text>
        {save.error !== null && (
          <Alert color="red" role="alert">
            {Object.keys(errors).length > 0 ? t("interviews.scorecard.fixErrors") : problemMessage(save.error, t)}
          </Alert>
        )}
        {criteria.map((criterion) => (
          <Stack key={criterion.key} gap="xs" p="md" style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 8 }}>
            <Radio.Group
              label={`${criterion.name} (${t("interviews.kits.weight", { weight: criterion.weight })})`}
              description={criterion.guidance}
              value={scores[criterion.key]?.score === null || scores[criterion.key]?.score === undefined ? null : String(scores[criterion.key]?.score)}
              onChange={(value) => setEntry(criterion.key, { score: Number(value) })}
              error={errors[criterion.key]}
              aria-label={t("interviews.scorecard.score", { name: criterion.name })}
            >
              <Group gap="lg" mt="xs">
                {scoreValues.map((value) => (
                  <Radio key={value} value={value} label={value} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label={t("interviews.scorecard.evidence", { name: criterion.name })}
              description={t("interviews.scorecard.evidenceHint")}
              autosize
              minRows={2}
              maxLength={4000}
              value={scores[criterion.key]?.evidence ?? ""}
              onChange={(event) => setEntry(criterion.key, { evidence: event.currentTarget.value })}
            />
          </Stack>
        ))}
        <Radio.Group label={t("interviews.scorecard.recommendation")} value={recommendation} onChange={(value) => setRecommendation(isRecommendation(value) ? value : null)} error={errors["recommendation"]}>
          <Group gap="lg" mt="xs">
            {recommendationValues.map((value) => (
              <Radio key={value} value={value} label={t(`interviews.recommendation.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label={t("interviews.scorecard.notes")} autosize minRows={2} maxLength={8000} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
        <Text size="sm" c="dimmed">
          {t("interviews.scorecard.submitHint")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => send(false)} loading={save.isPending && save.variables.submit === false}>
            {t("interviews.scorecard.saveDraft")}
          </Button>
          <Button type="submit" loading={save.isPending && save.variables.submit}>
            {t("interviews.scorecard.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

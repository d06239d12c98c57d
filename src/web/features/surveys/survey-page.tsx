import { Alert, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { IconArrowLeft } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import type { SurveyDetail } from "../../../domain/surveys/contracts";
import { isStatus, problemMessage } from "../../api/problems";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { notifySuccess } from "../../components/notify";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { useActor, useWorkspace } from "../workspace/api";
import { useCloseSurvey, useMySurveys, useSurvey } from "./api";
import { audienceLabel } from "./audience-label";
import { AnswerForm } from "./answer-form";
import { SurveyResults } from "./survey-results";

function CloseSurveyButton({ ws, survey }: { ws: string; survey: SurveyDetail }) {
  const { t } = useTranslation();
  const close = useCloseSurvey(ws, survey.id);
  const [asking, setAsking] = useState(false);
  const dismiss = () => {
    close.reset();
    setAsking(false);
  };
  return (
    <>
      <Button variant="default" color="red" onClick={() => setAsking(true)}>
        {t("surveys.close.open")}
      </Button>
      <ConfirmDialog
        opened={asking}
        title={t("surveys.close.title")}
        message={t("surveys.close.message")}
        confirmLabel={t("surveys.close.confirm")}
        danger
        loading={close.isPending}
        error={
          close.error ? (
            <Text c="red.9" size="sm" role="alert">
              {isStatus(close.error, 409) ? t("surveys.close.stale") : problemMessage(close.error, t)}
            </Text>
          ) : undefined
        }
        onConfirm={() =>
          close.mutate(survey.version, {
            onSuccess: () => {
              notifySuccess(t("surveys.close.closed"));
              dismiss();
            },
          })
        }
        onClose={dismiss}
      />
    </>
  );
}

/** One survey, for staff and partner users: the answer form when it is open to me, the results for readers. */
export function SurveyPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const { surveyId = "" } = useParams({ strict: false });
  const actor = useActor();
  const portal = actor.kind === "partner";
  const canRead = can(actor, "survey.read") === "allow";
  const canManage = can(actor, "survey.manage") === "allow";
  const mine = useMySurveys(ws);
  const detail = useSurvey(ws, surveyId, canRead);
  const mySurvey = mine.data?.find((survey) => survey.id === surveyId);
  const back = portal ? { to: "/w/$ws/portal/surveys" as const, params: { ws } } : { to: "/w/$ws/surveys" as const, params: { ws } };
  const error = mine.error ?? (canRead ? detail.error : null);
  const pending = mine.isPending || (canRead && detail.isPending);
  const survey = detail.data;
  return (
    <Stack gap="lg">
      <PageHeader
        before={
          <AnchorLink {...back} size="sm">
            <IconArrowLeft size={14} aria-hidden /> {t("surveys.back")}
          </AnchorLink>
        }
        title={survey?.title ?? mySurvey?.title ?? t("surveys.surveyTitle")}
        description={
          survey && (
            <Group gap="xs">
              <Badge variant="light" color={survey.status === "open" ? "green" : "gray"}>
                {t(`surveys.status.${survey.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {audienceLabel(t, survey)}
              </Text>
            </Group>
          )
        }
        actions={canManage && survey?.status === "open" && <CloseSurveyButton ws={ws} survey={survey} />}
      />
      {error ? (
        <QueryError error={error} onRetry={() => void Promise.all([mine.refetch(), canRead ? detail.refetch() : null])} />
      ) : pending ? (
        <PageLoader />
      ) : (
        <>
          {mySurvey && !mySurvey.answered && <AnswerForm ws={ws} survey={mySurvey} />}
          {mySurvey?.answered && (
            <Alert variant="light" color="green" role="status">
              {t("surveys.answer.already")}
            </Alert>
          )}
          {!mySurvey && !canRead && (
            <Paper withBorder p="lg">
              <Text size="sm">{t("surveys.answer.notOpen")}</Text>
            </Paper>
          )}
          {survey && <SurveyResults survey={survey} />}
        </>
      )}
    </Stack>
  );
}

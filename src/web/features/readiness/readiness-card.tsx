import { Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck, IconClockHour4, IconQuestionMark, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { MomentStatus, ReadinessAnswer, ReadinessMoment } from "../../../domain/readiness/schemas";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { formatDateTime } from "../../i18n/format";
import type { RelationshipCardProps } from "../relationship/relationship-tab";
import { usePartnerReadiness } from "./api";

const answerLook: Record<ReadinessAnswer, { color: string; Icon: typeof IconCheck }> = {
  yes: { color: "teal.9", Icon: IconCheck },
  no: { color: "red.8", Icon: IconX },
  not_yet_due: { color: "gray.7", Icon: IconClockHour4 },
  unknown: { color: "yellow.9", Icon: IconQuestionMark },
};

const statusColor: Record<MomentStatus, string> = { ready: "teal.9", on_track: "blue.8", needs_action: "red.8" };

function StatusBadge({ status }: { status: MomentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="filled">
      {t(`readiness.status.${status}`)}
    </Badge>
  );
}

function MomentSection({ moment }: { moment: ReadinessMoment }) {
  const { t } = useTranslation();
  const titleId = `readiness-${moment.key}`;
  return (
    // A group under its heading, not a landmark: the other cards of the tab are the regions.
    <Stack gap="xs" role="group" aria-labelledby={titleId} data-moment={moment.key}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={3} size="h5" id={titleId}>
          {t(`readiness.moments.${moment.key}`)}
        </Title>
        <StatusBadge status={moment.status} />
      </Group>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        {moment.questions.map((question) => {
          const { color, Icon } = answerLook[question.answer];
          return (
            <Group key={question.key} component="li" gap="sm" wrap="nowrap" align="flex-start" data-question={question.key} data-answer={question.answer}>
              <ThemeIcon color={color} size="sm" radius="xl" aria-hidden>
                <Icon size={14} />
              </ThemeIcon>
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {question.question} <Text span size="sm" c={color} fw={700}>{t(`readiness.answers.${question.answer}`)}</Text>
                </Text>
                <Text size="sm" c="dimmed">
                  {question.detail}
                </Text>
                {question.action !== null && (
                  <Text size="sm">
                    <Text span fw={600} size="sm">
                      {t("readiness.action")}
                    </Text>{" "}
                    {question.action}
                  </Text>
                )}
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}

/** The yes/no questions of each trust moment (R-F8), answered from the data, each "no" with what to do. */
export function ReadinessCard({ ws, partnerId }: RelationshipCardProps) {
  const { t } = useTranslation();
  const readiness = usePartnerReadiness(ws, partnerId);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="readiness-title" id="readiness">
      <Stack gap="md">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id="readiness-title">
            {t("readiness.title")}
          </Title>
          {readiness.data?.checklist && <StatusBadge status={readiness.data.checklist.status} />}
        </Group>
        {readiness.error ? (
          <QueryError error={readiness.error} onRetry={() => void readiness.refetch()} />
        ) : readiness.isPending ? (
          <PageLoader />
        ) : readiness.data.checklist === null ? (
          <Text size="sm">{t("readiness.noJourney")}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t("readiness.intro")} {t("readiness.asOf", { when: formatDateTime(readiness.data.checklist.asOf) })}
            </Text>
            {readiness.data.checklist.moments.map((moment) => (
              <MomentSection key={moment.key} moment={moment} />
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}

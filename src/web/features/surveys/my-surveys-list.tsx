import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { useMySurveys } from "./api";

/** The open surveys meant for me, staff or partner user, each linking to its answer form. */
export function MySurveysList({ ws, portal }: { ws: string; portal: boolean }) {
  const { t } = useTranslation();
  const mine = useMySurveys(ws);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-surveys-title">
      <Title order={2} size="h4" id="my-surveys-title" mb="sm">
        {t("surveys.mine.title")}
      </Title>
      {mine.error ? (
        <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.isPending ? (
        <PageLoader />
      ) : mine.data.length === 0 ? (
        <Text size="sm">{t("surveys.mine.empty")}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {mine.data.map((survey) => {
            const link = portal
              ? { to: "/w/$ws/portal/surveys/$surveyId" as const, params: { ws, surveyId: survey.id } }
              : { to: "/w/$ws/surveys/$surveyId" as const, params: { ws, surveyId: survey.id } };
            return (
              <li key={survey.id}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2}>
                    <AnchorLink {...link} fw={600} aria-label={t("surveys.mine.answer", { title: survey.title })}>
                      {survey.title}
                    </AnchorLink>
                    {survey.intro && (
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {survey.intro}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t("surveys.mine.questions", { count: survey.questions.length })}
                    </Text>
                  </Stack>
                  <Badge variant="light" color={survey.answered ? "green" : "blue"}>
                    {survey.answered ? t("surveys.mine.answered") : t("surveys.mine.toAnswer")}
                  </Badge>
                </Group>
              </li>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}

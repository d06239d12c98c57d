import { Box, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SurveyDetail, SurveyQuestionResult, SurveyQuestionSpec } from "../../../domain/surveys/contracts";

/** One bar per possible answer: a plain box whose width is the share, the figures beside it. */
function Distribution({ question, result }: { question: SurveyQuestionSpec; result: Extract<SurveyQuestionResult, { shown: true }> }) {
  const { t } = useTranslation();
  const entries = Object.entries(result.distribution);
  const largest = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <Table verticalSpacing={4} withRowBorders={false}>
      <caption>
        <VisuallyHidden>{t("surveys.results.tableCaption", { question: question.text })}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t("surveys.results.value")}</Table.Th>
          <Table.Th>{t("surveys.results.people")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map(([value, n]) => {
          const percent = result.count === 0 ? 0 : Math.round((n / result.count) * 100);
          return (
            <Table.Tr key={value}>
              <Table.Td>
                <Text size="sm">{value}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Box aria-hidden h={14} w={`${String(Math.round((n / largest) * 70))}%`} miw={n > 0 ? 4 : 0} bg="blue.8" style={{ borderRadius: 3 }} />
                  <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                    {t("surveys.results.figure", { count: n, percent })}
                  </Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** The results per question, or why they are not shown yet. */
export function SurveyResults({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="results-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="results-title">
            {t("surveys.results.title")}
          </Title>
          <Text size="sm">{t("surveys.results.answered", { count: survey.answered })}</Text>
          {survey.waitingForBatch > 0 && (
            <Text size="sm" c="dimmed">
              {t("surveys.results.waiting", { count: survey.waitingForBatch })}
            </Text>
          )}
        </div>
        {survey.questions.map((question) => {
          const result = survey.results.find((entry) => entry.key === question.key);
          if (!result) return null;
          return (
            <Stack key={question.key} gap={4}>
              <Title order={3} size="h5">
                {question.text}
              </Title>
              {result.shown ? (
                <>
                  <Text size="sm" c="dimmed">
                    {t("surveys.results.count", { count: result.count })}
                    {result.mean !== null && ` · ${t("surveys.results.mean", { mean: result.mean })}`}
                  </Text>
                  <Distribution question={question} result={result} />
                </>
              ) : (
                <Text size="sm">{t("surveys.results.hidden", { count: result.count, minimum: survey.minimumAnswers })}</Text>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

import { Badge, Paper, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SurveySummary } from "../../../domain/surveys/contracts";
import { AnchorLink } from "../../components/router-links";
import { TableHead } from "../../components/table-head";
import { formatDate } from "../../i18n/format";
import { audienceLabel } from "./audience-label";

/** Every survey of the workspace for staff readers: audience, status, how many answered. */
export function SurveysTable({ ws, surveys, canManage }: { ws: string; surveys: SurveySummary[]; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="all-surveys-title">
      <Title order={2} size="h4" id="all-surveys-title" mb="sm">
        {t("surveys.list.title")}
      </Title>
      {surveys.length === 0 ? (
        <Text size="sm">{canManage ? t("surveys.list.emptyManager") : t("surveys.list.empty")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <caption>
              <VisuallyHidden>{t("surveys.list.caption")}</VisuallyHidden>
            </caption>
            <TableHead columns={[t("surveys.list.name"), t("surveys.list.audience"), t("surveys.list.status"), t("surveys.list.answered"), t("surveys.list.opened")]} />
            <Table.Tbody>
              {surveys.map((survey) => (
                <Table.Tr key={survey.id}>
                  <Table.Td>
                    <AnchorLink to="/w/$ws/surveys/$surveyId" params={{ ws, surveyId: survey.id }} fw={600} size="sm">
                      {survey.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{audienceLabel(t, survey)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={survey.status === "open" ? "green" : "gray"}>
                      {t(`surveys.status.${survey.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{survey.answered}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Text size="sm">{formatDate(survey.createdAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

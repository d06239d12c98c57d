import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScorecardView } from "../../../domain/interviews/contracts";
import type { InterviewCriterion } from "../../../domain/interviews/kit";

/** A submitted scorecard as a table: criterion, score, evidence; then recommendation and notes. */
export function ScoresTable({ card, criteria }: { card: ScorecardView; criteria: readonly InterviewCriterion[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs">
          <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>{t("interviews.others.caption", { name: card.interviewer.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("interviews.others.criterion")}</Table.Th>
              <Table.Th scope="col">{t("interviews.others.score")}</Table.Th>
              <Table.Th scope="col">{t("interviews.others.evidence")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((criterion) => {
              const entry = card.scores?.[criterion.key];
              return (
                <Table.Tr key={criterion.key}>
                  <Table.Th scope="row">{criterion.name}</Table.Th>
                  <Table.Td>{entry?.score ?? t("interviews.scorecard.missing")}</Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{entry?.evidence ?? ""}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" mt="xs">
        <Text span fw={600}>
          {t("interviews.scorecard.recommendation")}:
        </Text>{" "}
        {card.recommendation ? t(`interviews.recommendation.${card.recommendation}`) : "—"}
      </Text>
      {card.notes && (
        <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap" }}>
          {card.notes}
        </Text>
      )}
    </>
  );
}

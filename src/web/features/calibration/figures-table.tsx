import { Paper, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CalibrationReport, Comparison, InterviewerFigures } from "../../../domain/calibration/contracts";
import { formatDateTime } from "../../i18n/format";
import { ScrollableTable } from "./scrollable-table";
import { FlagBadge, formatDiff, formatScore } from "./figures-format";

/** The numbers behind the chart: one row for each interviewer overall, then one per criterion. */
export function FiguresTable({ report }: { report: CalibrationReport }) {
  const { t } = useTranslation();
  const nameOf = (key: string) => report.criteria.find((criterion) => criterion.key === key)?.name ?? key;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t("calibration.table.title")}
      </Title>
      <ScrollableTable label={t("calibration.table.caption")} minWidth={980}>
        <Table verticalSpacing="xs">
          <caption>
            <VisuallyHidden>{t("calibration.table.caption")}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("calibration.table.interviewer")}</Table.Th>
              <Table.Th>{t("calibration.table.criterion")}</Table.Th>
              <Table.Th ta="right">{t("calibration.table.count")}</Table.Th>
              <Table.Th ta="right">{t("calibration.table.mean")}</Table.Th>
              <Table.Th ta="right">{t("calibration.table.panelMean")}</Table.Th>
              <Table.Th ta="right">{t("calibration.table.meanDiff")}</Table.Th>
              <Table.Th ta="right">{t("calibration.table.spread")}</Table.Th>
              <Table.Th miw={130}>{t("calibration.table.flag")}</Table.Th>
              <Table.Th>{t("calibration.table.agreement")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {report.interviewers.map((person) => (
            <PersonRows key={person.userId} person={person} nameOf={nameOf} />
          ))}
        </Table>
      </ScrollableTable>
    </Paper>
  );
}

function PersonRows({ person, nameOf }: { person: InterviewerFigures; nameOf: (key: string) => string }) {
  const { t } = useTranslation();
  const { compared, agreed } = person.recommendations;
  return (
    <Table.Tbody>
      <FigureRow person={person.name} criterion={t("calibration.chart.overall")} comparison={person.overall} strong agreement={compared > 0 ? t("calibration.table.agreementValue", { agreed, compared }) : t("calibration.table.none")} />
      {person.byCriterion.map((criterion) => (
        <FigureRow key={criterion.key} person={person.name} criterion={nameOf(criterion.key)} comparison={criterion} />
      ))}
    </Table.Tbody>
  );
}

function FigureRow({ person, criterion, comparison, strong = false, agreement = "" }: { person: string; criterion: string; comparison: Comparison; strong?: boolean; agreement?: string }) {
  const numeric = { ta: "right" as const, style: { fontVariantNumeric: "tabular-nums" } };
  return (
    <Table.Tr>
      {/* The name is repeated on every row so a row read alone still says whose it is. */}
      <Table.Th scope="row" fw={strong ? 700 : 400} c={strong ? undefined : "dimmed"}>
        {person}
      </Table.Th>
      <Table.Td fw={strong ? 700 : 400}>{criterion}</Table.Td>
      <Table.Td {...numeric}>{comparison.count}</Table.Td>
      <Table.Td {...numeric}>{formatScore(comparison.mean)}</Table.Td>
      <Table.Td {...numeric}>{formatScore(comparison.panelMean)}</Table.Td>
      <Table.Td {...numeric} fw={comparison.flag ? 700 : 400}>
        {formatDiff(comparison.meanDiff)}
      </Table.Td>
      <Table.Td {...numeric}>{formatScore(comparison.spread)}</Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        <FlagBadge flag={comparison.flag} />
      </Table.Td>
      <Table.Td>{agreement}</Table.Td>
    </Table.Tr>
  );
}

/** Which interviews the figures were computed from, and who on each panel has submitted. */
export function InterviewsTable({ interviews }: { interviews: CalibrationReport["interviews"] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t("calibration.interviews.title", { count: interviews.length })}
      </Title>
      <ScrollableTable label={t("calibration.interviews.caption")} minWidth={760}>
        <Table verticalSpacing="xs">
          <caption>
            <VisuallyHidden>{t("calibration.interviews.caption")}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("calibration.interviews.when")}</Table.Th>
              <Table.Th>{t("calibration.interviews.partner")}</Table.Th>
              <Table.Th>{t("calibration.interviews.stage")}</Table.Th>
              <Table.Th>{t("calibration.interviews.panel")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {interviews.map((interview) => (
              <Table.Tr key={interview.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(interview.startsAt)}</Table.Td>
                <Table.Td>{interview.partnerName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{interview.stageName}</Text>
                  <Text size="xs" c="dimmed">
                    {interview.kitName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{interview.panel.map((member) => t(member.submitted ? "calibration.interviews.submitted" : "calibration.interviews.pending", { name: member.name })).join(", ")}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </Paper>
  );
}

import { Alert, Anchor, Badge, Checkbox, Group, List, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ImportReport, ImportRowReport, ImportTotals } from "../../../domain/imports/schemas";

interface ReportViewProps {
  report: ImportReport;
  reportUrl: string;
  show: "all" | "problems";
  stale: boolean;
  skipRows: readonly number[];
  onShow: (show: "all" | "problems") => void;
  onSkip: (row: number, skip: boolean) => void;
}

const actionColors = { create: "green", update: "blue", skip: "gray" } as const;
const totalKeys = ["rows", "create", "update", "skip", "withErrors", "withDuplicates"] as const satisfies readonly (keyof ImportTotals)[];

/** Step 3: the dry run's counts, and the rows with what would happen to each, filterable to problems. */
export function ReportView({ report, reportUrl, show, stale, skipRows, onShow, onSkip }: ReportViewProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} component="h2" size="lg">
            {t("imports.steps.report")}
          </Text>
          <Anchor href={reportUrl} download size="sm">
            <Group gap={4} component="span">
              <IconDownload size={16} aria-hidden />
              {t("imports.report.download")}
            </Group>
          </Anchor>
        </Group>
        {stale && (
          <Alert color="yellow" role="status">
            {t("imports.report.stale")}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" component="dl" m={0}>
          {totalKeys.map((key) => (
            <Paper key={key} withBorder p="sm" bg={key === "withErrors" && report.totals.withErrors > 0 ? "red.0" : undefined}>
              <Text component="dt" size="xs" c="dimmed">
                {t(`imports.report.totals.${key}`)}
              </Text>
              <Text component="dd" m={0} fw={700} size="xl" data-testid={`total-${key}`}>
                {report.totals[key]}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
        <SegmentedControl
          aria-label={t("imports.report.show")}
          value={show}
          onChange={(value) => onShow(value === "problems" ? "problems" : "all")}
          data={[
            { value: "all", label: t("imports.report.all") },
            { value: "problems", label: t("imports.report.problems") },
          ]}
          w="fit-content"
        />
        {report.rows.length === 0 ? (
          <Text size="sm">{t("imports.report.noProblems")}</Text>
        ) : (
          <RowsTable rows={report.rows} skipRows={skipRows} onSkip={onSkip} />
        )}
        {report.truncated && (
          <Text size="sm" c="dimmed">
            {t("imports.report.truncated", { shown: report.rows.length })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function RowsTable({ rows, skipRows, onSkip }: { rows: ImportRowReport[]; skipRows: readonly number[]; onSkip: (row: number, skip: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Caption>{t("imports.report.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("imports.report.row")}</Table.Th>
            <Table.Th scope="col">{t("imports.report.name")}</Table.Th>
            <Table.Th scope="col">{t("imports.report.action")}</Table.Th>
            <Table.Th scope="col">{t("imports.report.details")}</Table.Th>
            <Table.Th scope="col">{t("imports.report.skipRow")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row} data-row={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Th scope="row" fw={500} miw={160}>
                {row.name || t("imports.report.noName")}
              </Table.Th>
              <Table.Td miw={100}>
                <Badge color={actionColors[row.action]} variant="light" style={{ overflow: "visible" }}>
                  {t(`imports.report.actions.${row.action}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <RowDetails row={row} />
              </Table.Td>
              <Table.Td>
                <Checkbox aria-label={t("imports.report.skipRowLabel", { row: row.row })} checked={skipRows.includes(row.row)} onChange={(event) => onSkip(row.row, event.currentTarget.checked)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RowDetails({ row }: { row: ImportRowReport }) {
  const { t } = useTranslation();
  const lines = [
    ...(row.action === "update" && row.partner ? [{ key: "target", text: t("imports.report.updates", { name: row.partner.name }), color: undefined }] : []),
    ...(row.skipReason ? [{ key: "skip", text: row.skipReason, color: "dimmed" }] : []),
    ...row.errors.map((e, i) => ({ key: `e${i}`, text: `${t(`imports.fields.${e.field}`)}: ${e.message}`, color: "red.8" })),
    ...row.duplicates.map((d, i) => ({
      key: `d${i}`,
      text: d.partner ? t("imports.report.duplicateOfPartner", { key: t(`imports.mapping.keys.${d.key}`).toLowerCase(), name: d.partner.name }) : t("imports.report.duplicateOfRow", { key: t(`imports.mapping.keys.${d.key}`).toLowerCase(), row: d.row }),
      color: "orange.9",
    })),
  ];
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("imports.report.clean")}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2}>
      {lines.map((line) => (
        <List.Item key={line.key}>
          <Text size="sm" c={line.color} span>
            {line.text}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

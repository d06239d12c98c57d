import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ImportOptions, type ColumnMapping, type ImportPreview, type ImportReport, type ImportRun } from "../../../domain/imports/schemas";
import { QueryError } from "../../components/query-error";
import { usePartnerSettings } from "../partners/api";
import { importUrls, useCommitImport, useDryRun } from "./api";
import { CommitPanel, CommitResult } from "./commit-panel";
import { MappingStep } from "./mapping-step";
import { ReportView } from "./report-view";

/**
 * Steps 2 to 4 for an uploaded file. The report is kept with the run it was made for: any change
 * of mapping or options makes it stale, and importing waits for a fresh dry run.
 */
export function ImportWorkbench({ ws, preview, onRestart }: { ws: string; preview: ImportPreview; onRestart: () => void }) {
  const { t } = useTranslation();
  const settings = usePartnerSettings(ws);
  const [mapping, setMapping] = useState<ColumnMapping>(preview.lastMapping ?? preview.suggestedMapping);
  const [options, setOptions] = useState<ImportOptions>(() => ImportOptions.parse({}));
  const [show, setShow] = useState<"all" | "problems">("all");
  const [ran, setRan] = useState<{ run: string; report: ImportReport } | null>(null);
  const dryRun = useDryRun(ws, preview.id);
  const commit = useCommitImport(ws, preview.id);
  const run: ImportRun = { mapping, options };
  const stale = ran !== null && ran.run !== JSON.stringify(run);

  const runDry = (next: ImportRun = run, nextShow = show) =>
    dryRun.mutate({ ...next, show: nextShow, limit: 500 }, { onSuccess: (report) => setRan({ run: JSON.stringify(next), report }) });
  const skip = (row: number, skipped: boolean) => setOptions((current) => ({ ...current, skipRows: skipped ? [...current.skipRows, row] : current.skipRows.filter((r) => r !== row) }));

  if (commit.data) return <CommitResult ws={ws} result={commit.data} onAgain={onRestart} />;

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm">
            {t("imports.upload.summary", { fileName: preview.fileName, rows: preview.rowCount, columns: preview.headers.length, separator: t(`imports.upload.separators.${preview.separator}`) })}
          </Text>
          <Button variant="subtle" size="xs" onClick={onRestart}>
            {t("imports.upload.another")}
          </Button>
        </Group>
        {preview.warnings.map((warning) => (
          <Text key={warning} size="sm" c="orange.9" mt={4}>
            {warning}
          </Text>
        ))}
      </Paper>
      <MappingStep preview={preview} mapping={mapping} options={options} settings={settings.data} running={dryRun.isPending} ranBefore={ran !== null} onMapping={setMapping} onOptions={setOptions} onRun={() => runDry()} />
      {dryRun.error && !dryRun.isPending && <QueryError error={dryRun.error} />}
      {ran && (
        <>
          <ReportView
            report={ran.report}
            reportUrl={importUrls.report(ws, preview.id)}
            show={show}
            stale={stale}
            skipRows={options.skipRows}
            onShow={(next) => {
              setShow(next);
              if (!stale) runDry(run, next);
            }}
            onSkip={skip}
          />
          <CommitPanel ws={ws} report={ran.report} stale={stale} running={commit.isPending} error={commit.error} onCommit={() => commit.mutate(run)} />
        </>
      )}
    </Stack>
  );
}

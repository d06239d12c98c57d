import { Alert, Button, Group, Loader, Paper, Stack, Text } from "@mantine/core";
import { IconDatabaseImport } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ImportReport, ImportResult } from "../../../domain/imports/schemas";
import { problemMessage } from "../../api/problems";
import { ButtonLink } from "../../components/router-links";

interface CommitPanelProps {
  ws: string;
  report: ImportReport;
  stale: boolean;
  running: boolean;
  error: unknown;
  onCommit: () => void;
}

/** Step 4: import every row in one go, once the dry run is clean and still matches the mapping. */
export function CommitPanel({ report, stale, running, error, onCommit }: CommitPanelProps) {
  const { t } = useTranslation();
  const count = report.totals.create + report.totals.update;
  const blocked = report.totals.withErrors > 0;
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Text fw={600} component="h2" size="lg">
          {t("imports.steps.commit")}
        </Text>
        {blocked ? (
          <Alert color="red" role="status">
            {t("imports.report.errorsBlock", { count: report.totals.withErrors })}
          </Alert>
        ) : count === 0 ? (
          <Text size="sm">{t("imports.report.nothingToImport")}</Text>
        ) : (
          <Text size="sm">{t("imports.report.ready")}</Text>
        )}
        <Group>
          <Button onClick={onCommit} disabled={!report.canCommit || stale || running} leftSection={<IconDatabaseImport size={16} aria-hidden />}>
            {t("imports.commit.button", { count })}
          </Button>
          {running && (
            <Group gap="xs" role="status">
              <Loader size="sm" aria-hidden />
              <Text size="sm">{t("imports.commit.running")}</Text>
            </Group>
          )}
        </Group>
        {error !== null && error !== undefined && (
          <Alert color="red" role="alert" title={t("errors.loadFailedTitle")}>
            {problemMessage(error, t)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** What a commit did, with the way on. */
export function CommitResult({ ws, result, onAgain }: { ws: string; result: Pick<ImportResult, "created" | "updated" | "skipped">; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" title={t("imports.commit.doneTitle")} role="status">
      <Stack gap="sm">
        <Text size="sm">{t("imports.commit.done", result)}</Text>
        <Group>
          <ButtonLink to="/w/$ws/partners" params={{ ws }} size="sm">
            {t("imports.commit.viewPartners")}
          </ButtonLink>
          <Button variant="default" size="sm" onClick={onAgain}>
            {t("imports.commit.again")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

import { Anchor, Badge, Button, Group, Paper, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { TemplateSummary } from "../../../../domain/programs/templates";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { TableHead } from "../../../components/table-head";
import { formatDateTime } from "../../../i18n/format";
import { exportUrl, useTemplateVersions } from "../api";

/** Every published version with its note, who published it and when; newest first. */
export function VersionHistory({ ws, template, onCompare }: { ws: string; template: TemplateSummary; onCompare: (from: number, to: number) => void }) {
  const { t } = useTranslation();
  const versions = useTemplateVersions(ws, template.id);
  if (versions.error) return <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;
  if (versions.isPending) return <PageLoader />;
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm">
          <caption>
            <VisuallyHidden>{t("templates.history.caption", { name: template.name })}</VisuallyHidden>
          </caption>
          <TableHead columns={[t("templates.history.version"), t("templates.history.note"), t("templates.history.by"), t("templates.history.when")]} withActions />
          <Table.Tbody>
            {versions.data.map((version) => (
              <Table.Tr key={version.version}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {t("templates.versionShort", { version: version.version })}
                    </Text>
                    {version.version === template.latestVersion && (
                      <Badge size="xs" variant="light">
                        {t("templates.history.latest")}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {version.changeNote}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{version.createdBy?.name ?? t("templates.history.system")}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(version.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {version.version > 1 && (
                      <Button size="compact-sm" variant="subtle" onClick={() => onCompare(version.version - 1, version.version)}>
                        {t("templates.history.compareShort")}
                        <VisuallyHidden> {t("templates.history.compare", { version: version.version - 1 })}</VisuallyHidden>
                      </Button>
                    )}
                    <Anchor href={exportUrl(ws, template.id, version.version)} download size="sm" aria-label={t("templates.downloadVersion", { version: version.version })}>
                      <IconDownload size={16} aria-hidden />
                    </Anchor>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

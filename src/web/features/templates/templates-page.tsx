import { Badge, Button, EmptyState, Group, Paper, Stack, Switch, Table, Text, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconFileCode, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import type { TemplateSummary } from "../../../domain/programs/templates";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { TableHead } from "../../components/table-head";
import { formatDate } from "../../i18n/format";
import { useActor, useWorkspace } from "../workspace/api";
import { useTemplates } from "./api";
import { NewTemplateDialog } from "./new-template-dialog";

/** The template library: every journey template, which tracks use it and how many journeys run on it. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const canManage = can(actor, "program.manage") === "allow";
  const [showArchived, setShowArchived] = useState(false);
  const templates = useTemplates(ws, showArchived ? "only" : "exclude");
  const [creating, { open, close }] = useDisclosure();

  const createButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
      {t("templates.new")}
    </Button>
  ) : undefined;

  return (
    <Stack gap="md">
      <PageHeader title={t("templates.title")} description={t("templates.description")} actions={createButton} />
      <Switch label={t("templates.showArchived")} checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />
      {templates.error ? (
        <QueryError error={templates.error} onRetry={() => void templates.refetch()} />
      ) : templates.isPending ? (
        <PageLoader />
      ) : templates.data.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconFileCode aria-hidden />} title={showArchived ? t("templates.emptyArchived") : t("templates.emptyTitle")} description={showArchived ? undefined : t("templates.empty")}>
            {!showArchived && createButton}
          </EmptyState>
        </Paper>
      ) : (
        <TemplatesTable ws={ws} templates={templates.data} />
      )}
      {canManage && <NewTemplateDialog ws={ws} opened={creating} onClose={close} />}
    </Stack>
  );
}

function TemplatesTable({ ws, templates }: { ws: string; templates: TemplateSummary[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm">
          <caption>
            <VisuallyHidden>{t("templates.caption")}</VisuallyHidden>
          </caption>
          <TableHead columns={[t("templates.columns.name"), t("templates.columns.version"), t("templates.columns.usedBy"), t("templates.columns.journeys"), t("templates.columns.updated")]} />
          <Table.Tbody>
            {templates.map((template) => (
              <Table.Tr key={template.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <AnchorLink to="/w/$ws/templates/$templateId" params={{ ws, templateId: template.id }} fw={500} size="sm">
                      {template.name}
                    </AnchorLink>
                    {template.builtIn && (
                      <Badge size="sm" variant="light" color="indigo">
                        {t("templates.builtIn")}
                      </Badge>
                    )}
                    {template.archivedAt && (
                      <Badge size="sm" variant="light" color="gray">
                        {t("templates.archivedBadge")}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {template.key}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t("templates.versionShort", { version: template.latestVersion })}</Text>
                </Table.Td>
                <Table.Td>
                  {template.usedBy.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t("templates.notUsed")}
                    </Text>
                  ) : (
                    <Stack gap={2}>
                      {template.usedBy.map((use) => (
                        <Text key={`${use.programId}-${use.partnerTypeId}`} size="sm">
                          {use.partnerTypeName} · {use.programName}
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{template.activeJourneys}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(template.updatedAt)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

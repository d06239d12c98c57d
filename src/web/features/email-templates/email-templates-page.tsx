import { Badge, Button, EmptyState, Paper, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconMailCog, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { EmailTemplateSummary } from "../../../domain/email-templates/schemas";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { TableHead } from "../../components/table-head";
import { formatDateTime, formatRelative } from "../../i18n/format";
import { useWorkspace } from "../workspace/api";
import { useEmailTemplates } from "./api";
import { NewTemplateDialog } from "./new-template-dialog";

function KindBadge({ template }: { template: EmailTemplateSummary }) {
  const { t } = useTranslation();
  if (!template.builtIn) return <Badge variant="light" color="grape">{t("emailTemplates.kind.own")}</Badge>;
  return template.modified ? <Badge variant="light" color="orange">{t("emailTemplates.kind.edited")}</Badge> : <Badge variant="light" color="blue">{t("emailTemplates.kind.builtIn")}</Badge>;
}

/** The workspace's email templates (admins): built-ins first, then the workspace's own. */
export function EmailTemplatesPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const templates = useEmailTemplates(ws);
  const [creating, { open, close }] = useDisclosure();
  const createButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
      {t("emailTemplates.new")}
    </Button>
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t("emailTemplates.title")} description={t("emailTemplates.description")} actions={createButton} />
      {templates.error ? (
        <QueryError error={templates.error} onRetry={() => void templates.refetch()} />
      ) : templates.isPending ? (
        <PageLoader />
      ) : templates.data.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconMailCog aria-hidden />} title={t("emailTemplates.emptyTitle")} description={t("emailTemplates.empty")}>
            {createButton}
          </EmptyState>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" highlightOnHover>
              <caption>
                <VisuallyHidden>{t("emailTemplates.caption")}</VisuallyHidden>
              </caption>
              <TableHead columns={[t("emailTemplates.columns.name"), t("emailTemplates.columns.subject"), t("emailTemplates.columns.kind"), t("emailTemplates.columns.updated")]} />
              <Table.Tbody>
                {templates.data.map((template) => (
                  <Table.Tr key={template.key}>
                    <Table.Td>
                      <AnchorLink to="/w/$ws/email-templates/$key" params={{ ws, key: template.key }} fw={600} size="sm" aria-label={t("emailTemplates.open", { name: template.name })}>
                        {template.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{template.subject}</Text>
                    </Table.Td>
                    <Table.Td>
                      <KindBadge template={template} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" title={formatDateTime(template.updatedAt)}>
                        {formatRelative(template.updatedAt)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <NewTemplateDialog ws={ws} opened={creating} onClose={close} />
    </Stack>
  );
}

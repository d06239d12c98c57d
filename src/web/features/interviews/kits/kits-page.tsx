import { Badge, Button, EmptyState, Group, List, Paper, SimpleGrid, Stack, Switch, Text, Title } from "@mantine/core";
import { IconListDetails, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../../domain/access/policy";
import type { Kit } from "../../../../domain/interviews/contracts";
import { problemMessage } from "../../../api/problems";
import { notifyError, notifySuccess } from "../../../components/notify";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { useActor, useWorkspace } from "../../workspace/api";
import { useArchiveKit, useKits } from "../api";
import { KitEditor } from "./kit-editor";

function KitCard({ kit, canEdit, onEdit, onArchive }: { kit: Kit; canEdit: boolean; onEdit: () => void; onArchive: (archived: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Title order={2} size="h4">
              {kit.name}
            </Title>
            {kit.builtIn && <Badge variant="light">{t("interviews.kits.builtIn")}</Badge>}
            {kit.archivedAt && <Badge variant="light" color="gray">{t("interviews.kits.archived")}</Badge>}
          </Group>
          {canEdit && (
            <Group gap="xs">
              {!kit.archivedAt && (
                <Button size="xs" variant="default" onClick={onEdit} aria-label={t("interviews.kits.editNamed", { name: kit.name })}>
                  {t("interviews.kits.edit")}
                </Button>
              )}
              <Button size="xs" variant="subtle" onClick={() => onArchive(!kit.archivedAt)} aria-label={t(kit.archivedAt ? "interviews.kits.restoreNamed" : "interviews.kits.archiveNamed", { name: kit.name })}>
                {t(kit.archivedAt ? "interviews.kits.restore" : "interviews.kits.archive")}
              </Button>
            </Group>
          )}
        </Group>
        {kit.stages.map((stage) => (
          <div key={stage.key}>
            <Group gap="xs">
              <Title order={3} size="h6">
                {stage.name}
              </Title>
              {stage.certifiedOnly && (
                <Badge variant="outline" color="grape" tt="none">
                  {t("interviews.kits.certifiedOnly")}
                </Badge>
              )}
            </Group>
            {stage.purpose && (
              <Text size="sm" c="dimmed">
                {stage.purpose}
              </Text>
            )}
            <List size="sm" mt={4}>
              {stage.criteria.map((criterion) => (
                <List.Item key={criterion.key}>
                  {criterion.name} ({t("interviews.kits.weight", { weight: criterion.weight })})
                </List.Item>
              ))}
            </List>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

/** Interview kits: admins shape them; everyone who interviews may read them. */
export function KitsPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const canEdit = can(actor, "recruiting.configure") === "allow";
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<{ kit: Kit | null } | null>(null);
  const kits = useKits(ws, showArchived);
  const archive = useArchiveKit(ws);
  const setArchived = (kit: Kit, archived: boolean) =>
    archive.mutate(
      { kit, archived },
      { onSuccess: () => notifySuccess(t(archived ? "interviews.kits.archivedDone" : "interviews.kits.restoredDone", { name: kit.name })), onError: (error) => notifyError(problemMessage(error, t)) },
    );
  return (
    <>
      <PageHeader
        title={t("interviews.kits.title")}
        description={canEdit ? t("interviews.kits.description") : t("interviews.kits.readOnly")}
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ kit: null })}>
              {t("interviews.kits.new")}
            </Button>
          )
        }
      />
      <Switch mb="md" label={t("interviews.kits.showArchived")} checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />
      {kits.error ? (
        <QueryError error={kits.error} onRetry={() => void kits.refetch()} />
      ) : kits.isPending ? (
        <PageLoader />
      ) : kits.data.items.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconListDetails aria-hidden />} title={t("interviews.kits.emptyTitle")} description={t("interviews.kits.empty")} />
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          {kits.data.items.map((kit) => (
            <KitCard key={kit.id} kit={kit} canEdit={canEdit} onEdit={() => setEditing({ kit })} onArchive={(archived) => setArchived(kit, archived)} />
          ))}
        </SimpleGrid>
      )}
      {editing && <KitEditor ws={ws} kit={editing.kit} onClose={() => setEditing(null)} />}
    </>
  );
}

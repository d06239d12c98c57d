import { Button, EmptyState, Paper, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus, IconSitemap } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { usePartnerSettings } from "../partners/api";
import { useTemplates } from "../templates/api";
import { useActor, useWorkspace } from "../workspace/api";
import { usePrograms } from "./api";
import { PartnerTypesCard } from "./partner-types-card";
import { ProgramCard } from "./program-card";
import { ProgramDialog } from "./program-dialog";

/** Programs with their tracks (partner type → template) and tier requirements; partner types below. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const canManage = can(actor, "program.manage") === "allow";
  const programs = usePrograms(ws);
  const settings = usePartnerSettings(ws);
  const templates = useTemplates(ws);
  const [creating, { open, close }] = useDisclosure();

  const createButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
      {t("programs.new")}
    </Button>
  ) : undefined;
  const error = programs.error ?? settings.error ?? templates.error;

  return (
    <Stack gap="lg">
      <PageHeader title={t("programs.title")} description={t("programs.description")} actions={createButton} />
      {!canManage && (
        <Text size="sm" c="dimmed">
          {t("programs.readOnly")}
        </Text>
      )}
      {error ? (
        <QueryError
          error={error}
          onRetry={() => {
            void programs.refetch();
            void settings.refetch();
            void templates.refetch();
          }}
        />
      ) : !programs.data || !settings.data || !templates.data ? (
        <PageLoader />
      ) : (
        <>
          {programs.data.length === 0 ? (
            <Paper withBorder p="xl">
              <EmptyState icon={<IconSitemap aria-hidden />} title={t("programs.emptyTitle")} description={t("programs.empty")}>
                {createButton}
              </EmptyState>
            </Paper>
          ) : (
            programs.data.map((program) => <ProgramCard key={program.id} ws={ws} program={program} settings={settings.data} templates={templates.data} canManage={canManage} />)
          )}
          <PartnerTypesCard ws={ws} types={settings.data.types} canManage={canManage} />
        </>
      )}
      {canManage && <ProgramDialog ws={ws} opened={creating} onClose={close} />}
    </Stack>
  );
}

import { Alert, Badge, Button, Group, Stack, Tabs, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArchive, IconArchiveOff, IconBulb, IconCode, IconDownload, IconGitCompare, IconHistory } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import type { TemplateSummary } from "../../../domain/programs/templates";
import { problemMessage } from "../../api/problems";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { notifySuccess } from "../../components/notify";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { formatDate } from "../../i18n/format";
import { TemplateInsightsPanel } from "../retros/template-insights-panel";
import { useActor, useWorkspace } from "../workspace/api";
import { exportUrl, templateKeys, useSetArchived, useTemplate, useTemplateVersion } from "./api";
import { TemplateEditor } from "./editor/template-editor";
import { templateViews, type TemplateView } from "./search";
import { VersionCompare } from "./versions/version-compare";
import { VersionHistory } from "./versions/version-history";

const route = getRouteApi("/w/$ws/templates/$templateId");

/** One template: its YAML in the editor with the outline beside it, its versions, and their differences. */
export function TemplatePage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const canManage = can(actor, "program.manage") === "allow";
  const canReadInsights = can(actor, "retro.read") === "allow";
  const { templateId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/templates/$templateId" });
  const queryClient = useQueryClient();
  const template = useTemplate(ws, templateId);
  const latest = useTemplateVersion(ws, templateId, template.data?.latestVersion);

  const backToList = (
    <AnchorLink to="/w/$ws/templates" params={{ ws }} size="sm">
      ← {t("templates.back")}
    </AnchorLink>
  );
  if (template.error || latest.error) {
    const error = template.error ?? latest.error;
    return (
      <Stack gap="md" align="flex-start">
        {backToList}
        <QueryError error={error} onRetry={() => void (template.error ? template.refetch() : latest.refetch())} />
      </Stack>
    );
  }
  if (template.isPending || latest.isPending) return <PageLoader />;

  const data = template.data;
  const view: TemplateView = search.view ?? "editor";
  const to = search.to ?? data.latestVersion;
  const from = search.from ?? Math.max(1, to - 1);
  const show = (next: TemplateView, versions?: { from: number; to: number }) =>
    void navigate({ search: { view: next === "editor" ? undefined : next, ...versions }, replace: !versions });
  const reload = () => void queryClient.invalidateQueries({ queryKey: templateKeys.one(ws, templateId) });

  return (
    <Stack gap={0}>
      <PageHeader
        before={backToList}
        title={
          <Group gap="sm" component="span">
            {data.name}
            {data.builtIn && (
              <Badge variant="light" color="indigo">
                {t("templates.builtIn")}
              </Badge>
            )}
            {data.archivedAt && (
              <Badge variant="light" color="gray">
                {t("templates.archivedBadge")}
              </Badge>
            )}
          </Group>
        }
        description={t("templates.pageDescription", { version: data.latestVersion, date: formatDate(latest.data.createdAt) })}
        actions={
          <>
            <Button component="a" href={exportUrl(ws, templateId)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
              {t("templates.download")}
            </Button>
            {canManage && <ArchiveButton ws={ws} template={data} />}
          </>
        }
      />
      <Tabs value={view} onChange={(value) => show(templateViews.find((candidate) => candidate === value) ?? "editor")}>
        <Tabs.List aria-label={t("templates.tabs.label")} mb="md">
          <Tabs.Tab value="editor" leftSection={<IconCode size={16} aria-hidden />}>
            {t("templates.tabs.editor")}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
            {t("templates.tabs.history")}
          </Tabs.Tab>
          <Tabs.Tab value="compare" leftSection={<IconGitCompare size={16} aria-hidden />}>
            {t("templates.tabs.compare")}
          </Tabs.Tab>
          {canReadInsights && (
            <Tabs.Tab value="insights" leftSection={<IconBulb size={16} aria-hidden />}>
              {t("retros.tab")}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="editor">
          {/* A new version starts a fresh editor: its text, checks and outline all belong to it. */}
          <TemplateEditor
            key={latest.data.version}
            ws={ws}
            template={data}
            published={latest.data}
            canManage={canManage}
            onPublished={() => show("history")}
            onReload={reload}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <VersionHistory ws={ws} template={data} onCompare={(a, b) => show("compare", { from: a, to: b })} />
        </Tabs.Panel>
        <Tabs.Panel value="compare">
          <VersionCompare ws={ws} template={data} from={from} to={to} onChange={(a, b) => show("compare", { from: a, to: b })} />
        </Tabs.Panel>
        {canReadInsights && (
          <Tabs.Panel value="insights">
            <TemplateInsightsPanel ws={ws} templateId={templateId} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function ArchiveButton({ ws, template }: { ws: string; template: TemplateSummary }) {
  const { t } = useTranslation();
  const [confirming, { open, close }] = useDisclosure();
  const setArchived = useSetArchived(ws, template.id);
  const archived = template.archivedAt !== null;
  const done = () => {
    notifySuccess(t(archived ? "templates.restored" : "templates.archived", { name: template.name }));
    close();
  };
  return (
    <>
      <Button
        variant="default"
        leftSection={archived ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}
        loading={archived && setArchived.isPending}
        onClick={() => (archived ? setArchived.mutate(false, { onSuccess: done }) : open())}
      >
        {archived ? t("templates.restore") : t("templates.archive")}
      </Button>
      {archived && setArchived.error && (
        <Alert color="red" role="alert">
          <Text size="sm">{problemMessage(setArchived.error, t)}</Text>
        </Alert>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t("templates.archiveTitle")}
        message={t("templates.archiveMessage", { name: template.name })}
        confirmLabel={t("templates.archive")}
        danger
        loading={setArchived.isPending}
        error={setArchived.error ? <Text c="red" size="sm" role="alert">{problemMessage(setArchived.error, t)}</Text> : null}
        onConfirm={() => setArchived.mutate(true, { onSuccess: done })}
        onClose={() => {
          setArchived.reset();
          close();
        }}
      />
    </>
  );
}

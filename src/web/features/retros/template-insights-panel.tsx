import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import type { RetroInsight, VersionInsightsView } from "../../../domain/retros/contracts";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { formatDate } from "../../i18n/format";
import { useActor } from "../workspace/api";
import { useTemplateInsights } from "./api";
import { InsightItem } from "./insight-item";
import { RecordInsightForm } from "./record-insight-form";

function InsightList({ ws, title, empty, insights, canManage }: { ws: string; title: string; empty: string; insights: readonly RetroInsight[]; canManage: boolean }) {
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Title order={4} size="h6">
          {title}
        </Title>
        <Badge variant="outline" color="gray" size="sm" aria-hidden>
          {insights.length}
        </Badge>
      </Group>
      {insights.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap={6} p={0} m={0}>
          {insights.map((insight) => (
            <InsightItem key={insight.id} ws={ws} insight={insight} canManage={canManage} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function VersionCard({ ws, entry, latest, canManage }: { ws: string; entry: VersionInsightsView; latest: number; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`insights-v${entry.version}`}>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3} size="h5" id={`insights-v${entry.version}`}>
            {t("retros.versionLabel", { version: entry.version })}
          </Title>
          {entry.version === latest && (
            <Badge variant="light" color="indigo">
              {t("retros.latest")}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t("retros.publishedOn", { date: formatDate(entry.createdAt) })}
            {entry.changeNote ? ` · ${entry.changeNote}` : ""}
          </Text>
        </Group>
        <InsightList ws={ws} title={t("retros.askedTitle")} empty={t("retros.askedEmpty")} insights={entry.changeRequests} canManage={canManage} />
        {entry.version > 1 && <InsightList ws={ws} title={t("retros.answersTitle")} empty={t("retros.answersEmpty")} insights={entry.answers} canManage={canManage} />}
      </Stack>
    </Paper>
  );
}

/** The "Retrospective insights" view of a template: per version, what retros asked to change and what it answers. */
export function TemplateInsightsPanel({ ws, templateId }: { ws: string; templateId: string }) {
  const { t } = useTranslation();
  const canManage = can(useActor(), "retro.manage") === "allow";
  const insights = useTemplateInsights(ws, templateId);
  if (insights.error) return <QueryError error={insights.error} onRetry={() => void insights.refetch()} />;
  if (insights.isPending) return <PageLoader />;
  const { versions, latestVersion } = insights.data;
  const none = versions.every((entry) => entry.changeRequests.length === 0);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("retros.panelIntro")}
      </Text>
      {canManage && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t("retros.form.title")}
            </Title>
            <RecordInsightForm ws={ws} templateId={templateId} templateVersion={latestVersion} />
          </Stack>
        </Paper>
      )}
      {none && (
        <Paper withBorder p="lg">
          <Text size="sm">{canManage ? t("retros.emptyManage") : t("retros.emptyRead")}</Text>
        </Paper>
      )}
      {versions.map((entry) => (
        <VersionCard key={entry.version} ws={ws} entry={entry} latest={latestVersion} canManage={canManage} />
      ))}
    </Stack>
  );
}

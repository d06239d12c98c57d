import { Alert, Badge, Group, List, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isEmptyDiff } from "../../../../domain/journeys/template";
import type { TemplateSummary, TemplateVersionDiff } from "../../../../domain/programs/templates";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { useTemplateDiff } from "../api";

interface VersionCompareProps {
  ws: string;
  template: TemplateSummary;
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
}

/** What changed between two versions, step by step: what an upgrade of a running journey would bring. */
export function VersionCompare({ ws, template, from, to, onChange }: VersionCompareProps) {
  const { t } = useTranslation();
  const diff = useTemplateDiff(ws, template.id, from, to);
  if (template.latestVersion < 2) {
    return (
      <Paper withBorder p="lg">
        <Text size="sm">{t("templates.compare.single")}</Text>
      </Paper>
    );
  }
  const choices = Array.from({ length: template.latestVersion }, (_, index) => {
    const version = String(template.latestVersion - index);
    return { value: version, label: t("templates.versionShort", { version }) };
  });
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t("templates.compare.title")}
      </Title>
      <Group align="flex-end">
        <Select label={t("templates.compare.from")} data={choices} value={String(from)} allowDeselect={false} onChange={(value) => value && onChange(Number(value), to)} w={160} />
        <Select label={t("templates.compare.to")} data={choices} value={String(to)} allowDeselect={false} onChange={(value) => value && onChange(from, Number(value))} w={160} />
      </Group>
      {from === to ? (
        <Text size="sm">{t("templates.compare.same")}</Text>
      ) : diff.error ? (
        <QueryError error={diff.error} onRetry={() => void diff.refetch()} />
      ) : !diff.data ? (
        <PageLoader />
      ) : (
        <DiffView diff={diff.data.diff} />
      )}
    </Stack>
  );
}

function DiffView({ diff }: { diff: TemplateVersionDiff["diff"] }) {
  const { t } = useTranslation();
  if (isEmptyDiff(diff)) return <Alert color="gray">{t("templates.compare.nothing")}</Alert>;
  const section = (title: string, color: string, items: { key: string; text: string; detail?: string }[]) =>
    items.length > 0 && (
      <Paper withBorder p="sm" component="section" aria-label={title}>
        <Group gap="xs" mb={4}>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Badge size="sm" variant="light" color={color}>
            {items.length}
          </Badge>
        </Group>
        <List spacing={2} size="sm">
          {items.map((item) => (
            <List.Item key={item.key}>
              <Text span size="sm" fw={500}>
                {item.text}
              </Text>
              {item.detail && (
                <Text span size="sm" c="dimmed">
                  {" "}
                  · {item.detail}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Paper>
    );
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>
        {t("templates.compare.summary", { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length })}
      </Text>
      {diff.template.length > 0 && <Text size="sm">{t("templates.compare.template", { fields: diff.template.join(", ") })}</Text>}
      {section(t("templates.compare.added"), "green", diff.added.map((step) => ({ key: step.key, text: step.title, detail: t("templates.compare.inPhase", { phase: step.phase }) })))}
      {section(t("templates.compare.removed"), "red", diff.removed.map((step) => ({ key: step.key, text: step.title, detail: t("templates.compare.inPhase", { phase: step.phase }) })))}
      {section(t("templates.compare.changed"), "orange", diff.changed.map((step) => ({ key: step.key, text: step.title, detail: t("templates.compare.fields", { fields: step.fields.join(", ") }) })))}
      {section(t("templates.compare.moved"), "indigo", diff.moved.map((step) => ({ key: step.key, text: step.title, detail: t("templates.compare.movedFrom", { from: step.from, to: step.phase }) })))}
      {section(t("templates.compare.phasesAdded"), "green", diff.phases.added.map((key) => ({ key, text: key })))}
      {section(t("templates.compare.phasesRemoved"), "red", diff.phases.removed.map((key) => ({ key, text: key })))}
      {section(t("templates.compare.phasesChanged"), "orange", diff.phases.changed.map((phase) => ({ key: phase.key, text: phase.key, detail: t("templates.compare.fields", { fields: phase.fields.join(", ") }) })))}
    </Stack>
  );
}

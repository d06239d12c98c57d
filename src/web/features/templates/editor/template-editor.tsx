import { Alert, Badge, Box, Button, Center, Grid, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconAlertTriangle, IconCheck, IconUpload } from "@tabler/icons-react";
import { lazy, Suspense, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TemplateSummary, TemplateVersion } from "../../../../domain/programs/templates";
import { problemMessage } from "../../../api/problems";
import { TemplateOutline } from "../outline/template-outline";
import { ProblemsList } from "./problems-list";
import { PublishDialog } from "./publish-dialog";
import { useTemplateValidation } from "./use-template-validation";
import type { YamlEditorHandle } from "./yaml-editor";

// CodeMirror is the heaviest thing on any page: loaded only when an editor is shown.
const YamlEditor = lazy(() => import("./yaml-editor").then((module) => ({ default: module.YamlEditor })));

interface TemplateEditorProps {
  ws: string;
  template: TemplateSummary;
  published: TemplateVersion;
  canManage: boolean;
  onPublished: (version: TemplateVersion) => void;
  onReload: () => void;
}

/** The YAML beside its outline; problems underlined in the text and listed below it; publish with a note. */
export function TemplateEditor({ ws, template, published, canManage, onPublished, onReload }: TemplateEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [yaml, setYaml] = useState(published.yaml);
  const validation = useTemplateValidation(ws, yaml, published);
  const editor = useRef<YamlEditorHandle | null>(null);
  const [publishing, { open, close }] = useDisclosure();
  const archived = template.archivedAt !== null;
  const readOnly = !canManage || archived;
  const dirty = yaml !== published.yaml;
  const clean = !validation.checking && validation.problems.length === 0 && !validation.outlineStale;
  const ids = { label: `${id}-label`, help: `${id}-help`, status: `${id}-status`, problems: `${id}-problems` };

  return (
    <>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="xs">
            <Text fw={600} id={ids.label} component="h2" size="md" m={0}>
              {t("templates.editor.label")}
            </Text>
            <Text size="xs" c="dimmed" id={ids.help}>
              {readOnly ? (archived ? t("templates.archivedNotice") : t("templates.editor.readOnly")) : t("templates.editor.help")}
            </Text>
            <Suspense
              fallback={
                <Center mih={420}>
                  <Loader aria-label={t("templates.editor.loading")} role="status" />
                </Center>
              }
            >
              <YamlEditor value={yaml} onChange={setYaml} problems={validation.problems} readOnly={readOnly} labelledBy={ids.label} describedBy={`${ids.help} ${ids.status}`} handleRef={editor} />
            </Suspense>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap="xs" id={ids.status} role="status" aria-live="polite">
                {validation.checking ? (
                  <Text size="sm" c="dimmed">
                    {t("templates.editor.checking")}
                  </Text>
                ) : validation.problems.length === 0 ? (
                  <Text size="sm">
                    <IconCheck size={14} color="var(--mantine-color-green-9)" aria-hidden /> {t("templates.editor.valid")}
                  </Text>
                ) : (
                  <Text size="sm" c="red.9">
                    <IconAlertTriangle size={14} aria-hidden /> {t("templates.editor.problems", { count: validation.problems.length })}
                  </Text>
                )}
                {dirty && (
                  <Badge variant="light" color="orange">
                    {t("templates.editor.unsaved")}
                  </Badge>
                )}
              </Group>
              {!readOnly && (
                <Group gap="xs">
                  <Button variant="default" disabled={!dirty} onClick={() => setYaml(published.yaml)}>
                    {t("templates.editor.revert")}
                  </Button>
                  <Button leftSection={<IconUpload size={16} aria-hidden />} disabled={!dirty || !clean} onClick={open}>
                    {t("templates.editor.publish")}
                  </Button>
                </Group>
              )}
            </Group>
            {validation.error !== null && (
              <Alert color="red" role="alert">
                {problemMessage(validation.error, t)}
              </Alert>
            )}
            <ProblemsList id={ids.problems} problems={validation.problems} onGoTo={(problem) => editor.current?.goTo(problem.line, problem.column)} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Box component="section" aria-labelledby={`${id}-outline`}>
            <Title order={2} size="h4" id={`${id}-outline`}>
              {t("templates.outline.title")}
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              {t("templates.outline.hint")}
            </Text>
            {validation.outlineStale && (
              <Alert color="yellow" mb="xs" p="xs">
                <Text size="xs">{t("templates.outline.stale")}</Text>
              </Alert>
            )}
            <TemplateOutline template={validation.outline} />
          </Box>
        </Grid.Col>
      </Grid>
      {canManage && (
        <PublishDialog
          ws={ws}
          templateId={template.id}
          yaml={yaml}
          baseVersion={published.version}
          opened={publishing}
          onClose={close}
          onPublished={(version) => {
            close();
            onPublished(version);
          }}
          onReload={() => {
            close();
            onReload();
          }}
        />
      )}
    </>
  );
}

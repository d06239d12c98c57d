import { ActionIcon, Alert, Button, Checkbox, Group, NumberInput, Paper, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Kit } from "../../../../domain/interviews/contracts";
import { problemMessage } from "../../../api/problems";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { useSaveKit } from "../api";
import { draftOf, emptyCriterion, emptyStage, stagesOf, type CriterionDraft, type KitDraft, type StageDraft } from "./kit-draft";

interface KitEditorProps {
  ws: string;
  kit: Kit | null;
  onClose: () => void;
}

function CriterionFields({ n, criterion, onChange, onRemove }: { n: number; criterion: CriterionDraft; onChange: (change: Partial<CriterionDraft>) => void; onRemove: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
      <Text component="legend" size="sm" fw={600} px={4}>
        {t("interviews.kits.editor.criterion", { n })}
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput style={{ flex: 1 }} label={t("interviews.kits.editor.criterionName")} required maxLength={120} value={criterion.name} onChange={(event) => onChange({ name: event.currentTarget.value })} />
        <NumberInput w={110} label={t("interviews.kits.editor.weightLabel")} min={0.1} max={10} step={0.5} decimalScale={1} value={criterion.weight} onChange={(value) => onChange({ weight: typeof value === "number" ? value : 1 })} />
        {onRemove && (
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t("interviews.kits.editor.removeCriterion", { n })}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
      <Textarea mt="xs" label={t("interviews.kits.editor.guidance")} autosize minRows={2} maxLength={2000} value={criterion.guidance} onChange={(event) => onChange({ guidance: event.currentTarget.value })} />
    </Paper>
  );
}

function StageFields({ n, stage, onChange, onRemove }: { n: number; stage: StageDraft; onChange: (stage: StageDraft) => void; onRemove: (() => void) | null }) {
  const { t } = useTranslation();
  const setCriterion = (index: number, change: Partial<CriterionDraft>) => onChange({ ...stage, criteria: stage.criteria.map((criterion, i) => (i === index ? { ...criterion, ...change } : criterion)) });
  return (
    <Paper withBorder p="md" bg="gray.0">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t("interviews.kits.editor.stage", { n })}
          </Title>
          {onRemove && (
            <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onRemove}>
              {t("interviews.kits.editor.removeStage", { n })}
            </Button>
          )}
        </Group>
        <TextInput label={t("interviews.kits.editor.stageName")} required maxLength={120} value={stage.name} onChange={(event) => onChange({ ...stage, name: event.currentTarget.value })} />
        <Textarea label={t("interviews.kits.editor.purpose")} autosize minRows={2} maxLength={2000} value={stage.purpose} onChange={(event) => onChange({ ...stage, purpose: event.currentTarget.value })} />
        <Checkbox label={t("interviews.kits.editor.certifiedOnly")} checked={stage.certifiedOnly} onChange={(event) => onChange({ ...stage, certifiedOnly: event.currentTarget.checked })} />
        <Text size="sm" fw={600}>
          {t("interviews.kits.editor.criteria")}
        </Text>
        {stage.criteria.map((criterion, index) => (
          <CriterionFields
            key={index}
            n={index + 1}
            criterion={criterion}
            onChange={(change) => setCriterion(index, change)}
            onRemove={stage.criteria.length > 1 ? () => onChange({ ...stage, criteria: stage.criteria.filter((_, i) => i !== index) }) : null}
          />
        ))}
        <Group>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange({ ...stage, criteria: [...stage.criteria, emptyCriterion()] })}>
            {t("interviews.kits.editor.addCriterion")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Create or edit a kit: its name, then stages, each with weighted criteria and their guidance. */
export function KitEditor({ ws, kit, onClose }: KitEditorProps) {
  const { t } = useTranslation();
  const save = useSaveKit(ws);
  const [draft, setDraft] = useState<KitDraft>(() => draftOf(kit));
  const setStage = (index: number, stage: StageDraft) => setDraft((current) => ({ ...current, stages: current.stages.map((s, i) => (i === index ? stage : s)) }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const stages = stagesOf(draft);
    const input = kit ? { id: kit.id, patch: { version: kit.version, name: draft.name, stages } } : { id: null, create: { name: draft.name, programId: null, stages } };
    save.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(kit ? t("interviews.kits.editor.saved") : t("interviews.kits.editor.created", { name: saved.name }));
        onClose();
      },
    });
  };

  return (
    <AppModal opened onClose={onClose} title={kit ? t("interviews.kits.editor.editTitle", { name: kit.name }) : t("interviews.kits.editor.createTitle")} size="xl" closeOnClickOutside={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {save.error !== null && (
            <Alert color="red" role="alert">
              {problemMessage(save.error, t)}
            </Alert>
          )}
          <TextInput label={t("interviews.kits.editor.name")} required maxLength={120} value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })} />
          {draft.stages.map((stage, index) => (
            <StageFields
              key={index}
              n={index + 1}
              stage={stage}
              onChange={(next) => setStage(index, next)}
              onRemove={draft.stages.length > 1 ? () => setDraft({ ...draft, stages: draft.stages.filter((_, i) => i !== index) }) : null}
            />
          ))}
          <Group justify="space-between">
            <Button variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setDraft({ ...draft, stages: [...draft.stages, emptyStage()] })}>
              {t("interviews.kits.editor.addStage")}
            </Button>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t("interviews.kits.editor.save")}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

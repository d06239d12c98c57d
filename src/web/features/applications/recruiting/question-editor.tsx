import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { questionKinds, type QuestionKind } from "../../../../domain/applications/questions";
import { blankEditable, type EditableQuestion } from "./editable";
import { ListControls } from "./list-controls";

export interface FormValues {
  intro: string;
  open: boolean;
  questions: EditableQuestion[];
}

const isKind = (value: string | null): value is QuestionKind => questionKinds.some((kind) => kind === value);

/** The program's own questions: add one of a kind, edit it in place, move it up or down, remove it. */
export function QuestionEditor({ form, serverMaxMb, disabled }: { form: UseFormReturnType<FormValues>; serverMaxMb: number; disabled: boolean }) {
  const { t } = useTranslation();
  const [kindToAdd, setKindToAdd] = useState<QuestionKind>("text");
  const questions = form.getValues().questions;
  const kindOptions = questionKinds.map((kind) => ({ value: kind, label: t(`applications.formEditor.kinds.${kind}`) }));

  const add = () => {
    form.insertListItem("questions", blankEditable(kindToAdd, questions.length + 1, serverMaxMb));
    // The new question's label field takes the focus, so one can type at once.
    requestAnimationFrame(() => document.getElementById(`question-label-${questions.length}`)?.focus());
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t("applications.formEditor.questions")}
      </Title>
      {questions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("applications.formEditor.empty")}
        </Text>
      )}
      {questions.map((question, index) => (
        <Paper key={question.uid} withBorder p="md" component="fieldset" aria-label={t("applications.formEditor.questionN", { n: index + 1 })} style={{ margin: 0 }}>
          <Group justify="space-between" mb="xs">
            <Text fw={600} size="sm">
              {t("applications.formEditor.questionN", { n: index + 1 })}
            </Text>
            {!disabled && (
              <ListControls index={index} count={questions.length} name={question.label || t("applications.formEditor.named", { n: index + 1 })} onMove={(from, to) => form.reorderListItem("questions", { from, to })} onRemove={(at) => form.removeListItem("questions", at)} />
            )}
          </Group>
          <QuestionFields form={form} index={index} question={question} serverMaxMb={serverMaxMb} kindOptions={kindOptions} />
        </Paper>
      ))}
      {!disabled && (
        <Group align="flex-end">
          <Select label={t("applications.formEditor.kindToAdd")} data={kindOptions} value={kindToAdd} onChange={(value) => isKind(value) && setKindToAdd(value)} allowDeselect={false} w={260} />
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
            {t("applications.formEditor.add")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface QuestionFieldsProps {
  form: UseFormReturnType<FormValues>;
  index: number;
  question: EditableQuestion;
  serverMaxMb: number;
  kindOptions: { value: string; label: string }[];
}

function QuestionFields({ form, index, question, serverMaxMb, kindOptions }: QuestionFieldsProps) {
  const { t } = useTranslation();
  const path = (field: keyof EditableQuestion) => `questions.${index}.${field}`;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t("applications.formEditor.kind")} data={kindOptions} allowDeselect={false} {...form.getInputProps(path("kind"))} />
        <TextInput label={t("applications.formEditor.key")} description={t("applications.formEditor.keyHint")} ff="monospace" required maxLength={48} {...form.getInputProps(path("key"))} />
      </SimpleGrid>
      <TextInput id={`question-label-${index}`} label={t("applications.formEditor.label")} required maxLength={300} {...form.getInputProps(path("label"))} />
      <TextInput label={t("applications.formEditor.help")} maxLength={1000} {...form.getInputProps(path("help"))} />
      {question.kind === "choice" && <Textarea label={t("applications.formEditor.options")} description={t("applications.formEditor.optionsHint")} autosize minRows={2} required {...form.getInputProps(path("options"))} />}
      {question.kind === "number" && (
        <SimpleGrid cols={2}>
          <NumberInput label={t("applications.formEditor.min")} {...form.getInputProps(path("min"))} />
          <NumberInput label={t("applications.formEditor.max")} {...form.getInputProps(path("max"))} />
        </SimpleGrid>
      )}
      {question.kind === "file" && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("applications.formEditor.accept")} description={t("applications.formEditor.acceptHint")} required {...form.getInputProps(path("accept"))} />
          <NumberInput label={t("applications.formEditor.maxSize")} description={t("applications.formEditor.maxSizeHint", { max: serverMaxMb })} min={1} max={serverMaxMb} required {...form.getInputProps(path("maxSizeMb"))} />
        </SimpleGrid>
      )}
      <Switch label={t("applications.formEditor.required")} {...form.getInputProps(path("required"), { type: "checkbox" })} />
    </Stack>
  );
}

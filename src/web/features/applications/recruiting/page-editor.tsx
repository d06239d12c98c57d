import { Box, Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm, type UseFormReturnType } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { cultureDocumentKinds, type PartneringPageConfig } from "../../../../domain/applications/partnering-page";
import { notifySuccess } from "../../../components/notify";
import { useSavePageConfig } from "../api";
import { SaveError } from "../../../components/save-error";
import { editorErrors, fromEditablePage, toEditablePage, uid, type EditablePage } from "./editable";
import { ListControls } from "./list-controls";

type ListName = "process" | "timeline" | "expectations" | "culture";
const blank: { [K in ListName]: () => EditablePage[K][number] } = {
  process: () => ({ uid: uid(), title: "", text: "" }),
  timeline: () => ({ uid: uid(), label: "", duration: "" }),
  expectations: () => ({ uid: uid(), text: "" }),
  culture: () => ({ uid: uid(), kind: "values", title: "", text: "" }),
};

/** "How partnering with us works": headline, intro, process, timeline, expectations, culture documents. */
export function PageEditor({ ws, config, canConfigure, onReload }: { ws: string; config: PartneringPageConfig; canConfigure: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  const save = useSavePageConfig(ws, config.programId);
  const form = useForm<EditablePage>({ initialValues: toEditablePage(config.content, config.published) });
  const submit = form.onSubmit((values) => {
    form.clearErrors();
    save.mutate(
      { version: config.version, published: values.published, content: fromEditablePage(values) },
      { onSuccess: () => notifySuccess(t("applications.recruiting.saved")), onError: (error) => form.setErrors(editorErrors(error)) },
    );
  });
  const cultureKinds = cultureDocumentKinds.map((kind) => ({ value: kind, label: t(`applications.partnering.cultureKinds.${kind}`) }));
  const e = "applications.pageEditor" as const;

  return (
    <form noValidate onSubmit={submit}>
      <Box component="fieldset" disabled={!canConfigure} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          {save.error && <SaveError error={save.error} onReload={() => {
                save.reset();
                onReload();
              }} />}
          <Switch label={t(`${e}.published`)} description={t(`${e}.publishedHint`)} {...form.getInputProps("published", { type: "checkbox" })} />
          <TextInput label={t(`${e}.headline`)} description={t(`${e}.headlineHint`)} maxLength={200} {...form.getInputProps("headline")} />
          <Textarea label={t(`${e}.intro`)} autosize minRows={3} maxLength={5000} {...form.getInputProps("intro")} />
          <ListSection form={form} list="process" title={t(`${e}.process`)} empty={t(`${e}.processEmpty`)} add={t(`${e}.addStep`)} disabled={!canConfigure}>
            {(index) => (
              <>
                <TextInput label={t(`${e}.stepTitle`)} required maxLength={200} {...form.getInputProps(`process.${index}.title`)} />
                <Textarea label={t(`${e}.stepText`)} autosize minRows={2} maxLength={2000} {...form.getInputProps(`process.${index}.text`)} />
              </>
            )}
          </ListSection>
          <ListSection form={form} list="timeline" title={t(`${e}.timeline`)} empty={t(`${e}.timelineEmpty`)} add={t(`${e}.addTimeline`)} disabled={!canConfigure}>
            {(index) => (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t(`${e}.timelineLabel`)} required maxLength={200} {...form.getInputProps(`timeline.${index}.label`)} />
                <TextInput label={t(`${e}.timelineDuration`)} maxLength={100} {...form.getInputProps(`timeline.${index}.duration`)} />
              </SimpleGrid>
            )}
          </ListSection>
          <ListSection form={form} list="expectations" title={t(`${e}.expectations`)} empty={t(`${e}.expectationsEmpty`)} add={t(`${e}.addExpectation`)} disabled={!canConfigure}>
            {(index) => <TextInput label={t(`${e}.expectation`)} required maxLength={1000} {...form.getInputProps(`expectations.${index}.text`)} />}
          </ListSection>
          <ListSection form={form} list="culture" title={t(`${e}.culture`)} empty={t(`${e}.cultureEmpty`)} add={t(`${e}.addCulture`)} disabled={!canConfigure}>
            {(index) => (
              <>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select label={t(`${e}.cultureKind`)} data={cultureKinds} allowDeselect={false} {...form.getInputProps(`culture.${index}.kind`)} />
                  <TextInput label={t(`${e}.cultureTitle`)} required maxLength={200} {...form.getInputProps(`culture.${index}.title`)} />
                </SimpleGrid>
                <Textarea label={t(`${e}.cultureText`)} required autosize minRows={3} maxLength={10_000} {...form.getInputProps(`culture.${index}.text`)} />
              </>
            )}
          </ListSection>
          {canConfigure && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t("applications.recruiting.save")}
              </Button>
            </Group>
          )}
        </Stack>
      </Box>
    </form>
  );
}

interface ListSectionProps {
  form: UseFormReturnType<EditablePage>;
  list: ListName;
  title: string;
  empty: string;
  add: string;
  disabled: boolean;
  children: (index: number) => ReactNode;
}

/** One editable list of the page, each row with move and remove buttons. */
function ListSection({ form, list, title, empty, add, disabled, children }: ListSectionProps) {
  const { t } = useTranslation();
  const rows = form.getValues()[list];
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {rows.map((row, index) => (
        <Paper key={row.uid} withBorder p="sm">
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap="xs" style={{ flex: 1 }}>
              {children(index)}
            </Stack>
            {!disabled && <ListControls index={index} count={rows.length} name={`${title}, ${t("applications.pageEditor.itemN", { n: index + 1 })}`} onMove={(from, to) => form.reorderListItem(list, { from, to })} onRemove={(at) => form.removeListItem(list, at)} />}
          </Group>
        </Paper>
      ))}
      {!disabled && (
        <Group>
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem(list, blank[list]())}>
            {add}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

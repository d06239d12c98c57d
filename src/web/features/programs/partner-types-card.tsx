import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PartnerType } from "../../../domain/partners/schemas";
import { PartnerTypeKey } from "../../../domain/programs/schemas";
import { applyServerErrors, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { TableHead } from "../../components/table-head";
import { useCreatePartnerType, useRenamePartnerType } from "./api";

/** The partner types of the workspace: the tracks every program is made of. */
export function PartnerTypesCard({ ws, types, canManage }: { ws: string; types: PartnerType[]; canManage: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<PartnerType | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="partner-types-title">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} size="h3" id="partner-types-title">
            {t("programs.types.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("programs.types.hint")}
          </Text>
        </Stack>
        {canManage && (
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
            {t("programs.types.add")}
          </Button>
        )}
      </Group>
      <Table verticalSpacing="xs" mt="sm" withTableBorder>
        <caption>
          <VisuallyHidden>{t("programs.types.caption")}</VisuallyHidden>
        </caption>
        <TableHead columns={[t("programs.types.name"), t("programs.types.key")]} withActions={canManage} />
        <Table.Tbody>
          {types.map((type) => (
            <Table.Tr key={type.id}>
              <Table.Td>
                <Text size="sm">{type.name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {type.key}
                </Text>
              </Table.Td>
              {canManage && (
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="subtle" onClick={() => setRenaming(type)}>
                    {t("programs.types.rename")}
                    <VisuallyHidden> {type.name}</VisuallyHidden>
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {adding && <AddTypeDialog ws={ws} onClose={() => setAdding(false)} />}
      {renaming && <RenameTypeDialog ws={ws} type={renaming} onClose={() => setRenaming(null)} />}
    </Paper>
  );
}

function AddTypeDialog({ ws, onClose }: { ws: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePartnerType(ws);
  const form = useForm({
    initialValues: { name: "", key: "" },
    validate: {
      name: (value) => (value.trim() ? null : t("validation.required")),
      key: (value) => (PartnerTypeKey.safeParse(value).success ? null : t("programs.types.keyHint")),
    },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(
      { key: values.key, name: values.name.trim() },
      {
        onSuccess: (type) => {
          notifySuccess(t("programs.types.added", { name: type.name }));
          onClose();
        },
        onError: (error) => applyServerErrors(form, error),
      },
    ),
  );
  return (
    <AppModal opened onClose={onClose} title={t("programs.types.addTitle")}>
      <form noValidate onSubmit={submit}>
        <Stack>
          {create.error && (
            <Alert color="red" role="alert">
              {problemMessage(create.error, t)}
            </Alert>
          )}
          <TextInput label={t("programs.types.name")} required maxLength={100} data-autofocus {...form.getInputProps("name")} />
          <TextInput label={t("programs.types.key")} description={t("programs.types.keyHint")} required maxLength={63} ff="monospace" {...form.getInputProps("key")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("programs.types.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function RenameTypeDialog({ ws, type, onClose }: { ws: string; type: PartnerType; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenamePartnerType(ws);
  const form = useForm({ initialValues: { name: type.name }, validate: { name: (value) => (value.trim() ? null : t("validation.required")) } });
  const submit = form.onSubmit((values) =>
    rename.mutate(
      { id: type.id, name: values.name.trim() },
      {
        onSuccess: (renamed) => {
          notifySuccess(t("programs.types.renamed", { name: renamed.name }));
          onClose();
        },
        onError: (error) => applyServerErrors(form, error),
      },
    ),
  );
  return (
    <AppModal opened onClose={onClose} title={t("programs.types.renameTitle", { name: type.name })}>
      <form noValidate onSubmit={submit}>
        <Stack>
          {rename.error && (
            <Alert color="red" role="alert">
              {problemMessage(rename.error, t)}
            </Alert>
          )}
          <TextInput label={t("programs.types.name")} required maxLength={100} data-autofocus {...form.getInputProps("name")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={rename.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

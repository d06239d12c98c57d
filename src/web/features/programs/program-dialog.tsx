import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProgramKey, type Program } from "../../../domain/programs/schemas";
import { applyServerErrors, isStatus, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { notifySuccess } from "../../components/notify";
import { useCreateProgram, useDeleteProgram, useUpdateProgram } from "./api";
import { StaleProgramAlert } from "./stale-program-alert";

interface ProgramDialogProps {
  ws: string;
  opened: boolean;
  onClose: () => void;
  /** The program to edit; none to create one. */
  program?: Program;
}

/** Creates a program, or edits one's key, name and description (and deletes it). */
export function ProgramDialog({ ws, opened, onClose, program }: ProgramDialogProps) {
  const { t } = useTranslation();
  const create = useCreateProgram(ws);
  const update = useUpdateProgram(ws, program?.id ?? "");
  const remove = useDeleteProgram(ws, program?.id ?? "");
  const [confirmDelete, setConfirmDelete] = useState(false);
  const mutation = program ? update : create;
  const form = useForm({
    initialValues: { key: program?.key ?? "", name: program?.name ?? "", description: program?.description ?? "" },
    validate: {
      key: (value) => (ProgramKey.safeParse(value).success ? null : t("programs.keyHint")),
      name: (value) => (value.trim() ? null : t("validation.required")),
    },
  });

  const close = () => {
    form.reset();
    create.reset();
    update.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const input = { key: values.key, name: values.name.trim(), description: values.description.trim() };
    if (program) {
      update.mutate(
        { version: program.version, ...input },
        {
          onSuccess: () => {
            notifySuccess(t("programs.saved"));
            close();
          },
          onError: (error) => applyServerErrors(form, error),
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (created) => {
          notifySuccess(t("programs.created", { name: created.name }));
          close();
        },
        onError: (error) => applyServerErrors(form, error),
      });
    }
  });

  return (
    <>
      <AppModal opened={opened && !confirmDelete} onClose={close} title={program ? t("programs.editTitle") : t("programs.createTitle")} size="lg">
        <form noValidate onSubmit={submit}>
          <Stack>
            {mutation.error &&
              (isStatus(mutation.error, 409) && program ? (
                <StaleProgramAlert ws={ws} error={mutation.error} onReload={close} />
              ) : (
                <Alert color="red" role="alert">
                  {problemMessage(mutation.error, t)}
                </Alert>
              ))}
            <TextInput label={t("programs.name")} required maxLength={200} {...form.getInputProps("name")} />
            <TextInput label={t("programs.key")} description={t("programs.keyHint")} required maxLength={63} ff="monospace" {...form.getInputProps("key")} />
            <Textarea label={t("programs.descriptionLabel")} autosize minRows={2} maxLength={5000} {...form.getInputProps("description")} />
            <Group justify="space-between">
              {program ? (
                <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
                  {t("programs.delete")}
                </Button>
              ) : (
                <span />
              )}
              <Group>
                <Button variant="default" onClick={close}>
                  {t("common.cancel")}
                </Button>
                <Button type="submit" loading={mutation.isPending}>
                  {program ? t("common.save") : t("programs.create")}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      </AppModal>
      {program && (
        <ConfirmDialog
          opened={confirmDelete}
          title={t("programs.deleteTitle")}
          message={t("programs.deleteMessage", { name: program.name })}
          confirmLabel={t("programs.delete")}
          danger
          loading={remove.isPending}
          error={remove.error ? <Text c="red" size="sm" role="alert">{problemMessage(remove.error, t)}</Text> : null}
          onConfirm={() =>
            remove.mutate(program.version, {
              onSuccess: () => {
                notifySuccess(t("programs.deleted", { name: program.name }));
                setConfirmDelete(false);
                close();
              },
            })
          }
          onClose={() => {
            remove.reset();
            setConfirmDelete(false);
          }}
        />
      )}
    </>
  );
}

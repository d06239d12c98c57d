import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { EmailTemplateKey } from "../../../domain/email-templates/schemas";
import { applyServerErrors, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { useCreateEmailTemplate } from "./api";

/** A key from a name: "Quarterly update" → "quarterly-update". */
function keyOf(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}

/** Creates the workspace's own template with a starter text, then opens it in the editor. */
export function NewTemplateDialog({ ws, opened, onClose }: { ws: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEmailTemplate(ws);
  const form = useForm({
    initialValues: { name: "", key: "" },
    validate: {
      name: (value) => (value.trim() ? null : t("validation.required")),
      key: (value) => (EmailTemplateKey.safeParse(value).success ? null : t("emailTemplates.keyHint")),
    },
    onValuesChange: (values, previous) => {
      // The key follows the name until someone edits the key itself.
      if (values.name !== previous.name && previous.key === keyOf(previous.name)) form.setFieldValue("key", keyOf(values.name));
    },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const subject = t("emailTemplates.newSubject", { partner: "{{ partner.name }}" });
    const body = t("emailTemplates.newBody", { contact: "{{ contact.name }}", sender: "{{ sender.name }}", workspace: "{{ workspace.name }}" });
    create.mutate(
      { key: values.key, name: values.name.trim(), subject, body },
      {
        onSuccess: (created) => {
          notifySuccess(t("emailTemplates.created", { name: created.name }));
          close();
          void navigate({ to: "/w/$ws/email-templates/$key", params: { ws, key: created.key } });
        },
        onError: (error) => applyServerErrors(form, error),
      },
    );
  });
  return (
    <AppModal opened={opened} onClose={close} title={t("emailTemplates.createTitle")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {create.error && (
            <Alert color="red" role="alert">
              {problemMessage(create.error, t)}
            </Alert>
          )}
          <TextInput label={t("emailTemplates.name")} required data-autofocus {...form.getInputProps("name")} />
          <TextInput label={t("emailTemplates.key")} description={t("emailTemplates.keyHint")} required {...form.getInputProps("key")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("emailTemplates.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { TemplateKey } from "../../../domain/programs/templates";
import { applyServerErrors, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { useCreateTemplate } from "./api";

/** A key derived from the name ("Distributor onboarding" → "distributor-onboarding"). */
function keyFrom(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .replace(/-+$/, "")
    .slice(0, 63);
}

/** YAML strings are quoted with JSON's rules, which YAML accepts, so any name is safe in it. */
function starterYaml(name: string, t: (key: "templates.starterDescription" | "templates.starterPhase" | "templates.starterStep") => string): string {
  return [
    `name: ${JSON.stringify(name)}`,
    `description: ${JSON.stringify(t("templates.starterDescription"))}`,
    "phases:",
    "  - key: welcome",
    `    name: ${JSON.stringify(t("templates.starterPhase"))}`,
    "    steps:",
    "      - key: welcome_call",
    `        title: ${JSON.stringify(t("templates.starterStep"))}`,
    "        kind: meeting",
    "        meetingType: kickoff",
    "        owner: host:manager",
    "        due: { after: start, businessDays: 3 }",
    "",
  ].join("\n");
}

/** Starts a template with a one-step skeleton and opens it in the editor. */
export function NewTemplateDialog({ ws, opened, onClose }: { ws: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateTemplate(ws);
  const form = useForm({
    initialValues: { name: "", key: "" },
    validate: {
      name: (value) => (value.trim() ? null : t("validation.required")),
      key: (value) => (TemplateKey.safeParse(value).success ? null : t("templates.keyHint")),
    },
  });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    create.mutate(
      { key: values.key, yaml: starterYaml(values.name.trim(), t) },
      {
        onSuccess: (template) => {
          notifySuccess(t("templates.created", { name: template.name }));
          close();
          void navigate({ to: "/w/$ws/templates/$templateId", params: { ws, templateId: template.id } });
        },
        onError: (error) => applyServerErrors(form, error),
      },
    );
  });

  return (
    <AppModal opened={opened} onClose={close} title={t("templates.createTitle")}>
      <form noValidate onSubmit={submit}>
        <Stack>
          {create.error && (
            <Alert color="red" role="alert">
              {problemMessage(create.error, t)}
            </Alert>
          )}
          <TextInput
            label={t("templates.name")}
            required
            maxLength={200}
            {...form.getInputProps("name")}
            onChange={(event) => {
              const name = event.currentTarget.value;
              // The key follows the name until the author edits the key itself.
              if (form.values.key === keyFrom(form.values.name)) form.setFieldValue("key", keyFrom(name));
              form.setFieldValue("name", name);
            }}
          />
          <TextInput label={t("templates.key")} description={t("templates.keyHint")} required maxLength={63} ff="monospace" {...form.getInputProps("key")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("templates.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

import { Alert, Button, Checkbox, Code, CopyButton, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle, IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tokenScopes, type TokenScope } from "../../../domain/access/roles";
import { applyServerErrors, problemMessage } from "../../api/problems";
import { useCreateApiToken } from "./api";
import { scopeLabelKeys } from "./scope-labels";
import { AppModal } from "../../components/app-modal";

const expiryChoices = ["30", "90", "180", "365", "never"] as const;

/** Create a token; its secret is shown once, here, with a copy button, and never again. */
export function CreateTokenDialog({ ws, opened, onClose }: { ws: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateApiToken(ws);
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm<{ name: string; scopes: string[]; expiry: string }>({
    initialValues: { name: "", scopes: ["partners:read"], expiry: "90" },
    validate: {
      name: (value) => (value.trim() ? null : t("validation.required")),
      scopes: (value) => (value.length > 0 ? null : t("tokens.chooseScope")),
    },
  });

  const close = () => {
    setSecret(null);
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const scopes = tokenScopes.filter((scope): scope is TokenScope => values.scopes.includes(scope));
    create.mutate(
      { name: values.name.trim(), scopes, expiresInDays: values.expiry === "never" ? null : Number(values.expiry) },
      { onSuccess: (token) => setSecret(token.secret), onError: (error) => applyServerErrors(form, error) },
    );
  });

  return (
    <AppModal opened={opened} onClose={close} title={secret ? t("tokens.createdTitle") : t("tokens.createTitle")} size="lg" closeOnClickOutside={!secret}>
      {secret ? (
        <Stack>
          <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t("tokens.secretOnce")}
          </Alert>
          <Code block style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }} data-testid="api-token-secret">
            {secret}
          </Code>
          <Group justify="space-between">
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button variant={copied ? "light" : "filled"} color={copied ? "green" : undefined} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
                  {copied ? t("tokens.copied") : t("tokens.copy")}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={close}>
              {t("tokens.done")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack>
            {create.error && (
              <Alert color="red" role="alert">
                {problemMessage(create.error, t)}
              </Alert>
            )}
            <TextInput label={t("tokens.name")} description={t("tokens.nameHint")} required maxLength={80} {...form.getInputProps("name")} />
            <Checkbox.Group label={t("tokens.scopes")} description={t("tokens.scopesHint")} required {...form.getInputProps("scopes")}>
              <Stack gap="xs" mt="xs">
                {tokenScopes.map((scope) => (
                  <Checkbox key={scope} value={scope} label={<Text size="sm" component="span"><Code>{scope}</Code> {t(scopeLabelKeys[scope])}</Text>} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Select
              label={t("tokens.expiry")}
              data={expiryChoices.map((choice) => ({ value: choice, label: choice === "never" ? t("tokens.never") : t("tokens.days", { count: Number(choice) }) }))}
              allowDeselect={false}
              {...form.getInputProps("expiry")}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t("tokens.create")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}

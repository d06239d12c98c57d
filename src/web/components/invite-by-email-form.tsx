import { Alert, Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconSend } from "@tabler/icons-react";
import type { UseMutationResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { applyServerErrors, problemMessage } from "../api/problems";
import { validateEmail } from "../features/auth/validation";
import { roleKey } from "../i18n/labels";
import { notifySuccess } from "./notify";

interface InviteByEmailFormProps<Role extends string> {
  heading: ReactNode;
  roles: readonly Role[];
  defaultRole: Role;
  invite: UseMutationResult<{ email: string }, Error, { email: string; role: Role }>;
  labels: { email: string; role: string; submit: string; invited: (email: string) => string };
}

/** An email address and a role (asked only when there is a choice): how staff and partner users alike are invited. */
export function InviteByEmailForm<Role extends string>({ heading, roles, defaultRole, invite, labels }: InviteByEmailFormProps<Role>) {
  const { t } = useTranslation();
  const form = useForm<{ email: string; role: Role }>({
    initialValues: { email: "", role: defaultRole },
    validate: { email: validateEmail(t) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        invite.mutate(
          { email: values.email.trim(), role: values.role },
          {
            onSuccess: (invitation) => {
              notifySuccess(labels.invited(invitation.email));
              form.reset();
            },
            onError: (error) => applyServerErrors(form, error),
          },
        ),
      )}
    >
      <Stack gap="sm">
        {heading}
        {invite.error && (
          <Alert color="red" role="alert">
            {problemMessage(invite.error, t)}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput label={labels.email} type="email" required style={{ flex: "1 1 240px" }} {...form.getInputProps("email")} />
          {roles.length > 1 && (
            <Select
              label={labels.role}
              data={roles.map((role) => ({ value: role, label: t(roleKey(role)) }))}
              allowDeselect={false}
              w={190}
              value={form.values.role}
              onChange={(value) => form.setFieldValue("role", roles.find((role) => role === value) ?? defaultRole)}
            />
          )}
          <Button type="submit" mt={25} leftSection={<IconSend size={16} aria-hidden />} loading={invite.isPending}>
            {labels.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

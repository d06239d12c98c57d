import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconSend } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { canAssignRole, staffRoles, type StaffRole } from "../../../domain/access/roles";
import { applyServerErrors, problemMessage } from "../../api/problems";
import { roleKey } from "../../i18n/labels";
import { validateEmail } from "../auth/validation";
import { useInviteStaff } from "./api";
import { notifySuccess } from "../../components/notify";

export function InviteStaffForm({ ws, myRole }: { ws: string; myRole: StaffRole }) {
  const { t } = useTranslation();
  const invite = useInviteStaff(ws);
  const roles = staffRoles.filter((role) => canAssignRole(myRole, role));
  const form = useForm<{ email: string; role: StaffRole }>({
    initialValues: { email: "", role: "partner_manager" },
    validate: { email: validateEmail(t) },
  });

  return (
    <Paper withBorder p="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          invite.mutate(
            { email: values.email.trim(), role: values.role },
            {
              onSuccess: (invitation) => {
                notifySuccess(t("people.invited", { email: invitation.email }));
                form.reset();
              },
              onError: (error) => applyServerErrors(form, error),
            },
          ),
        )}
      >
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4">
              {t("people.inviteTitle")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("people.inviteDescription")}
            </Text>
          </div>
          {invite.error && (
            <Alert color="red" role="alert">
              {problemMessage(invite.error, t)}
            </Alert>
          )}
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput label={t("people.inviteEmail")} type="email" required style={{ flex: "1 1 260px" }} {...form.getInputProps("email")} />
            <Select
              label={t("people.inviteRole")}
              data={roles.map((role) => ({ value: role, label: t(roleKey(role)) }))}
              allowDeselect={false}
              w={200}
              value={form.values.role}
              onChange={(value) => form.setFieldValue("role", roles.find((role) => role === value) ?? "viewer")}
            />
            <Button type="submit" mt={25} leftSection={<IconSend size={16} aria-hidden />} loading={invite.isPending}>
              {t("people.inviteSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

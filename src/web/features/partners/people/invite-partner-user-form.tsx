import { Alert, Button, Group, Select, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconSend } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { partnerRoles, type PartnerRole } from "../../../../domain/access/roles";
import { applyServerErrors, problemMessage } from "../../../api/problems";
import { roleKey } from "../../../i18n/labels";
import { validateEmail } from "../../auth/validation";
import { useInvitePartnerUser } from "../api";
import { notifySuccess } from "../../../components/notify";

/** Invite someone of the partner organisation to its portal by email. */
export function InvitePartnerUserForm({ ws, partnerId }: { ws: string; partnerId: string }) {
  const { t } = useTranslation();
  const invite = useInvitePartnerUser(ws, partnerId);
  const form = useForm<{ email: string; role: PartnerRole }>({
    initialValues: { email: "", role: "partner_member" },
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
              notifySuccess(t("partnerPeople.invited", { email: invitation.email }));
              form.reset();
            },
            onError: (error) => applyServerErrors(form, error),
          },
        ),
      )}
    >
      <Stack gap="xs">
        <Title order={3} size="h6">
          {t("partnerPeople.inviteTitle")}
        </Title>
        {invite.error && (
          <Alert color="red" role="alert">
            {problemMessage(invite.error, t)}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput label={t("partnerPeople.inviteEmail")} type="email" required style={{ flex: "1 1 220px" }} {...form.getInputProps("email")} />
          <Select
            label={t("partnerPeople.inviteRole")}
            data={partnerRoles.map((role) => ({ value: role, label: t(roleKey(role)) }))}
            allowDeselect={false}
            w={170}
            value={form.values.role}
            onChange={(value) => form.setFieldValue("role", partnerRoles.find((role) => role === value) ?? "partner_member")}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={invite.isPending}>
            {t("partnerPeople.inviteSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Badge, Button, Group, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { InvitationPreview } from "../../../domain/workspaces/schemas";
import { applyServerErrors, isStatus, problemMessage } from "../../api/problems";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { roleKey } from "../../i18n/labels";
import { acceptInvitation, invitationQuery } from "./api";
import { AuthLayout } from "./auth-layout";
import { validateNewPassword, validateRequired } from "./validation";

const route = getRouteApi("/invite/$token");

export function InvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const preview = useQuery(invitationQuery(token));

  if (preview.isPending) return <PageLoader />;
  if (preview.error) {
    return (
      <AuthLayout title={isStatus(preview.error, 404) ? t("auth.invite.goneTitle") : t("auth.invite.title")}>
        {isStatus(preview.error, 404) ? (
          <Text size="sm">{t("auth.invite.gone")}</Text>
        ) : (
          <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
        )}
        <AnchorLink to="/sign-in" size="sm" ta="center">
          {t("auth.backToSignIn")}
        </AnchorLink>
      </AuthLayout>
    );
  }
  return <AcceptForm token={token} invitation={preview.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const asksPassword = !invitation.existingUser;
  const form = useForm({
    initialValues: { name: "", password: "" },
    validate: {
      name: validateRequired(t),
      password: (value) => {
        if (!asksPassword) return null;
        if (!value && !invitation.passwordRequired) return null;
        return validateNewPassword(t)(value);
      },
    },
  });
  const accept = useMutation({
    mutationFn: acceptInvitation,
    onSuccess: ({ redirectTo }) => {
      queryClient.clear();
      router.history.push(redirectTo.startsWith("/") ? redirectTo : "/");
    },
    onError: (error) => applyServerErrors(form, error),
  });

  const joining = invitation.partnerName
    ? t("auth.invite.joiningPortal", { partner: invitation.partnerName, workspace: invitation.workspaceName })
    : t("auth.invite.joiningWorkspace", { workspace: invitation.workspaceName });

  return (
    <AuthLayout title={t("auth.invite.title")} description={joining} width={460}>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t("auth.invite.yourRole")}
        </Text>
        <Badge variant="light">{t(roleKey(invitation.role))}</Badge>
      </Group>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          accept.mutate({ token, name: values.name.trim(), ...(asksPassword && values.password ? { password: values.password } : {}) }),
        )}
      >
        <Stack gap="md">
          {accept.error && (
            <Alert color="red" role="alert">
              {problemMessage(accept.error, t)}
            </Alert>
          )}
          <TextInput label={t("auth.fields.email")} value={invitation.email} readOnly description={t("auth.invite.emailFixed")} />
          <TextInput label={t("auth.fields.name")} autoComplete="name" required {...form.getInputProps("name")} />
          {asksPassword ? (
            <PasswordInput
              visibilityToggleButtonProps={{ "aria-label": t("auth.fields.showPassword") }}
              label={invitation.passwordRequired ? t("auth.fields.choosePassword") : t("auth.fields.choosePasswordOptional")}
              description={invitation.passwordRequired ? t("auth.fields.passwordHint", { min: 10 }) : t("auth.invite.passwordOptional")}
              autoComplete="new-password"
              required={invitation.passwordRequired}
              {...form.getInputProps("password")}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t("auth.invite.existingUser")}
            </Text>
          )}
          <Button type="submit" fullWidth loading={accept.isPending}>
            {t("auth.invite.submit")}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

import { Alert, Button, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../../api/problems";
import { AnchorLink } from "../../components/router-links";
import { resetPassword } from "./api";
import { AuthLayout } from "./auth-layout";
import { validateNewPassword } from "./validation";
import { notifySuccess } from "../../components/notify";

const route = getRouteApi("/reset-password");

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { newPassword: "", confirm: "" },
    validate: {
      newPassword: validateNewPassword(t),
      confirm: (value, values) => (value === values.newPassword ? null : t("validation.passwordsDiffer")),
    },
  });
  const reset = useMutation({
    mutationFn: resetPassword,
    onSuccess: () => {
      notifySuccess(t("auth.reset.done"));
      void navigate({ to: "/sign-in" });
    },
  });

  if (!token) {
    return (
      <AuthLayout title={t("auth.reset.title")}>
        <Alert color="red" role="alert">
          {t("auth.reset.noToken")}
        </Alert>
        <AnchorLink to="/forgot-password" size="sm" ta="center">
          {t("auth.reset.requestNew")}
        </AnchorLink>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t("auth.reset.title")} description={t("auth.reset.description")}>
      <form noValidate onSubmit={form.onSubmit((values) => reset.mutate({ newPassword: values.newPassword, token }))}>
        <Stack gap="md">
          {reset.error && (
            <Alert color="red" role="alert">
              {problemMessage(reset.error, t)} <AnchorLink to="/forgot-password">{t("auth.reset.requestNew")}</AnchorLink>
            </Alert>
          )}
          <PasswordInput visibilityToggleButtonProps={{ "aria-label": t("auth.fields.showPassword") }} label={t("auth.fields.newPassword")} description={t("auth.fields.passwordHint", { min: 10 })} autoComplete="new-password" required {...form.getInputProps("newPassword")} />
          <PasswordInput visibilityToggleButtonProps={{ "aria-label": t("auth.fields.showPassword") }} label={t("auth.fields.confirmPassword")} autoComplete="new-password" required {...form.getInputProps("confirm")} />
          <Button type="submit" fullWidth loading={reset.isPending}>
            {t("auth.reset.submit")}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

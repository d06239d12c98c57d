import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../../api/problems";
import { AnchorLink } from "../../components/router-links";
import { requestPasswordReset } from "./api";
import { AuthLayout } from "./auth-layout";
import { validateEmail } from "./validation";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { email: "" }, validate: { email: validateEmail(t) } });
  const reset = useMutation({ mutationFn: requestPasswordReset });

  return (
    <AuthLayout title={t("auth.forgot.title")} description={t("auth.forgot.description")}>
      {reset.isSuccess ? (
        <Alert color="green" title={t("auth.forgot.sentTitle")} role="status">
          <Text size="sm">{t("auth.forgot.sent", { email: reset.variables })}</Text>
        </Alert>
      ) : (
        <form noValidate onSubmit={form.onSubmit((values) => reset.mutate(values.email.trim()))}>
          <Stack gap="md">
            {reset.error && (
              <Alert color="red" role="alert">
                {problemMessage(reset.error, t)}
              </Alert>
            )}
            <TextInput label={t("auth.fields.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
            <Button type="submit" fullWidth loading={reset.isPending}>
              {t("auth.forgot.submit")}
            </Button>
          </Stack>
        </form>
      )}
      <AnchorLink to="/sign-in" size="sm" ta="center">
        {t("auth.backToSignIn")}
      </AnchorLink>
    </AuthLayout>
  );
}

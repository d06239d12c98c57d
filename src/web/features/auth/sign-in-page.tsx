import { Alert, Button, Divider, Group, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconMailForward } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../../api/problems";
import { safeRedirect } from "../../app/routes/guards";
import { AnchorLink } from "../../components/router-links";
import { requestMagicLink, signInWithPassword } from "./api";
import { AuthLayout } from "./auth-layout";
import { validateEmail, validateRequired } from "./validation";

const route = getRouteApi("/sign-in");

export function SignInPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [linkSentTo, setLinkSentTo] = useState<string | null>(null);
  const target = safeRedirect(search.redirect) ?? "/";

  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: { email: validateEmail(t), password: validateRequired(t) },
  });

  const signIn = useMutation({
    mutationFn: signInWithPassword,
    onSuccess: () => {
      // Nothing cached for a previous person may leak into this session.
      queryClient.clear();
      router.history.push(target);
    },
  });

  const magicLink = useMutation({
    mutationFn: requestMagicLink,
    onSuccess: (_data, variables) => setLinkSentTo(variables.email),
  });

  const sendLink = () => {
    signIn.reset();
    if (form.validateField("email").hasError) return;
    magicLink.mutate({ email: form.getValues().email.trim(), callbackURL: target });
  };

  const error = signIn.error ?? magicLink.error;

  return (
    <AuthLayout title={t("auth.signIn.title")} description={t("auth.signIn.description")}>
      {linkSentTo ? (
        <Alert color="green" title={t("auth.signIn.linkSentTitle")} role="status">
          <Stack gap="xs">
            <Text size="sm">{t("auth.signIn.linkSent", { email: linkSentTo })}</Text>
            <Group>
              <Button variant="default" size="xs" onClick={() => setLinkSentTo(null)}>
                {t("auth.signIn.back")}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            magicLink.reset();
            signIn.mutate({ email: values.email.trim(), password: values.password });
          })}
        >
          <Stack gap="md">
            {error && (
              <Alert color="red" role="alert">
                {problemMessage(error, t)}
              </Alert>
            )}
            <TextInput label={t("auth.fields.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
            <PasswordInput visibilityToggleButtonProps={{ "aria-label": t("auth.fields.showPassword") }} label={t("auth.fields.password")} autoComplete="current-password" required {...form.getInputProps("password")} />
            <Group justify="flex-end" mt={-8}>
              <AnchorLink to="/forgot-password" size="sm">
                {t("auth.signIn.forgot")}
              </AnchorLink>
            </Group>
            <Button type="submit" fullWidth loading={signIn.isPending}>
              {t("auth.signIn.submit")}
            </Button>
            <Divider label={t("auth.signIn.or")} labelPosition="center" />
            <Button variant="default" fullWidth leftSection={<IconMailForward size={18} aria-hidden />} loading={magicLink.isPending} onClick={sendLink}>
              {t("auth.signIn.emailLink")}
            </Button>
            <Text size="xs" c="dimmed" ta="center">
              {t("auth.signIn.emailLinkHint")}
            </Text>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}

import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { WorkspaceSlug } from "../../../domain/common/schemas";
import { applyServerErrors, problemMessage } from "../../api/problems";
import { runSetup, signInWithPassword } from "./api";
import { AuthLayout } from "./auth-layout";
import { validateEmail, validateNewPassword, validateRequired } from "./validation";

/** "Northwind Cloud" → "northwind-cloud": a suggestion the person may change. */
function slugFrom(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

export function SetupPage() {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { workspaceName: "", workspaceSlug: "", name: "", email: "", password: "" },
    validate: {
      workspaceName: validateRequired(t),
      workspaceSlug: (value) => (WorkspaceSlug.safeParse(value).success ? null : t("validation.slug")),
      name: validateRequired(t),
      email: validateEmail(t),
      password: validateNewPassword(t),
    },
    onValuesChange: (values, previous) => {
      // The address follows the name until the person edits it themselves.
      if (values.workspaceName !== previous.workspaceName && previous.workspaceSlug === slugFrom(previous.workspaceName)) {
        form.setFieldValue("workspaceSlug", slugFrom(values.workspaceName));
      }
    },
  });

  const setup = useMutation({
    mutationFn: async (values: typeof form.values) => {
      const input = { ...values, workspaceName: values.workspaceName.trim(), name: values.name.trim(), email: values.email.trim() };
      const result = await runSetup(input);
      await signInWithPassword({ email: input.email, password: input.password });
      return result;
    },
    onSuccess: ({ workspaceSlug }) => {
      queryClient.clear();
      router.history.push(`/w/${workspaceSlug}`);
    },
    onError: (error) => applyServerErrors(form, error),
  });

  return (
    <AuthLayout title={t("auth.setup.title")} description={t("auth.setup.description")} width={480}>
      <form noValidate onSubmit={form.onSubmit((values) => setup.mutate(values))}>
        <Stack gap="md">
          {setup.error && (
            <Alert color="red" role="alert">
              {problemMessage(setup.error, t)}
            </Alert>
          )}
          <TextInput label={t("auth.setup.workspaceName")} placeholder={t("auth.setup.workspaceNamePlaceholder")} required {...form.getInputProps("workspaceName")} />
          <TextInput label={t("auth.setup.workspaceSlug")} description={t("auth.setup.workspaceSlugHint")} required {...form.getInputProps("workspaceSlug")} />
          <TextInput label={t("auth.fields.name")} autoComplete="name" required {...form.getInputProps("name")} />
          <TextInput label={t("auth.fields.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
          <PasswordInput visibilityToggleButtonProps={{ "aria-label": t("auth.fields.showPassword") }} label={t("auth.fields.choosePassword")} description={t("auth.fields.passwordHint", { min: 10 })} autoComplete="new-password" required {...form.getInputProps("password")} />
          <Button type="submit" fullWidth loading={setup.isPending}>
            {t("auth.setup.submit")}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

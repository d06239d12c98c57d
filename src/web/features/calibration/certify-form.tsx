import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { certifiableRoles, type Certification } from "../../../domain/calibration/contracts";
import { applyServerErrors, problemMessage } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { roleKey } from "../../i18n/labels";
import { useStaffDirectory } from "../people/api";
import { useCertify } from "./api";

const blank: { userId: string | null; note: string } = { userId: null, note: "" };

/** Picks an active staff member who can interview and is not yet certified, with a note on why. */
export function CertifyForm({ ws, certified }: { ws: string; certified: readonly Certification[] }) {
  const { t } = useTranslation();
  const directory = useStaffDirectory(ws);
  const certify = useCertify(ws);
  const form = useForm({
    initialValues: blank,
    validate: { userId: (value) => (value ? null : t("validation.chooseOne")) },
  });
  const candidates = (directory.data?.users ?? []).filter((user) => user.status === "active" && certifiableRoles.includes(user.role) && !certified.some((c) => c.userId === user.userId));
  const submit = form.onSubmit((values) =>
    certify.mutate(
      { userId: values.userId ?? "", note: values.note.trim() },
      {
        onSuccess: (saved) => {
          notifySuccess(t("calibration.certified.certifiedToast", { name: saved.name }));
          form.reset();
          certify.reset();
        },
        onError: (error) => applyServerErrors(form, error),
      },
    ),
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="certify-title">
      <Title order={2} size="h4" id="certify-title" mb="xs">
        {t("calibration.certified.formTitle")}
      </Title>
      {directory.isSuccess && candidates.length === 0 ? (
        <Text size="sm">{t("calibration.certified.nobodyLeft")}</Text>
      ) : (
        // Keyed by the list, so the picker starts empty again once someone has been certified.
        <form noValidate onSubmit={submit} key={certified.length}>
          <Stack gap="xs">
            {certify.error && (
              <Alert color="red" role="alert">
                {problemMessage(certify.error, t)}
              </Alert>
            )}
            <Select
              label={t("calibration.certified.person")}
              description={t("calibration.certified.personHint")}
              data={candidates.map((user) => ({ value: user.userId, label: `${user.name} (${t(roleKey(user.role))})` }))}
              searchable
              required
              {...form.getInputProps("userId")}
            />
            <Textarea label={t("calibration.certified.noteLabel")} placeholder={t("calibration.certified.notePlaceholder")} autosize minRows={2} maxLength={1000} {...form.getInputProps("note")} />
            <Group justify="flex-end">
              <Button type="submit" loading={certify.isPending}>
                {t("calibration.certified.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

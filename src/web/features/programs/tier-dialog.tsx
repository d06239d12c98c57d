import { Alert, Button, Group, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { PartnerTier } from "../../../domain/partners/schemas";
import type { Program } from "../../../domain/programs/schemas";
import { applyServerErrors, isStatus, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { useSetTierRequirements } from "./api";
import { StaleProgramAlert } from "./stale-program-alert";

/** What one tier asks of a partner in this program; empty falls back to the tier's general text. */
export function TierDialog({ ws, program, tier, onClose }: { ws: string; program: Program; tier: PartnerTier; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetTierRequirements(ws, program.id);
  const current = program.tierRequirements.find((entry) => entry.tier.id === tier.id)?.requirements ?? "";
  const form = useForm({ initialValues: { requirements: current } });

  const submit = form.onSubmit((values) =>
    save.mutate(
      { tierId: tier.id, version: program.version, requirements: values.requirements.trim() },
      {
        onSuccess: () => {
          notifySuccess(t("programs.saved"));
          onClose();
        },
        onError: (error) => applyServerErrors(form, error),
      },
    ),
  );

  return (
    <AppModal opened onClose={onClose} title={t("programs.tiers.dialogTitle", { tier: tier.name, program: program.name })} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          {save.error &&
            (isStatus(save.error, 409) ? (
              <StaleProgramAlert ws={ws} error={save.error} onReload={onClose} />
            ) : (
              <Alert color="red" role="alert">
                {problemMessage(save.error, t)}
              </Alert>
            ))}
          <Textarea label={t("programs.tiers.label")} description={t("programs.tiers.labelHint")} autosize minRows={3} maxLength={5000} data-autofocus {...form.getInputProps("requirements")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("programs.tiers.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

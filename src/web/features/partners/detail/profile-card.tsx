import { Alert, Button, Group, Paper, Stack, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPencil } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Partner } from "../../../../domain/partners/schemas";
import type { StaffUser } from "../../../../domain/workspaces/schemas";
import { applyServerErrors, isStatus, problemMessage } from "../../../api/problems";
import { usePartnerSettings, useUpdatePartner } from "../api";
import { PartnerFormFields, partnerFormRules, programAndContact, type PartnerFormValues } from "../components/partner-form-fields";
import { usePrograms } from "../../programs/api";
import { PartnerProfile } from "../components/partner-profile";
import { ConflictAlert } from "./conflict-alert";
import { notifySuccess } from "../../../components/notify";

interface ProfileCardProps {
  ws: string;
  partner: Partner;
  canEdit: boolean;
  staff: StaffUser[] | undefined;
  onReload: () => Promise<unknown>;
}

export function ProfileCard({ ws, partner, canEdit, staff, onReload }: ProfileCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t("partners.profile.title")}
        </Title>
        {canEdit && !editing && (
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>
            {t("partners.profile.edit")}
          </Button>
        )}
      </Group>
      {editing ? <ProfileForm ws={ws} partner={partner} staff={staff} onDone={() => setEditing(false)} onReload={onReload} /> : <PartnerProfile partner={partner} />}
    </Paper>
  );
}

function valuesOf(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    typeId: partner.type.id,
    tierId: partner.tier?.id ?? null,
    country: partner.country,
    timeZone: partner.timeZone,
    website: partner.website ?? "",
    ownerUserId: partner.owner?.id ?? null,
    programId: partner.program?.id ?? null,
    contactName: partner.contactName ?? "",
    contactEmail: partner.contactEmail ?? "",
  };
}

function ProfileForm({ ws, partner, staff, onDone, onReload }: Omit<ProfileCardProps, "canEdit"> & { onDone: () => void }) {
  const { t } = useTranslation();
  const settings = usePartnerSettings(ws);
  const update = useUpdatePartner(ws, partner.id);
  const programs = usePrograms(ws);
  const [reloading, setReloading] = useState(false);
  const form = useForm<PartnerFormValues>({ initialValues: valuesOf(partner), validate: partnerFormRules(t) });

  const submit = form.onSubmit((values) => {
    update.mutate(
      {
        // The version we read: if someone saved since, the server answers 409 rather than overwrite.
        version: partner.version,
        name: values.name.trim(),
        typeId: values.typeId ?? undefined,
        tierId: values.tierId,
        country: values.country,
        timeZone: values.timeZone ?? undefined,
        website: values.website.trim() || null,
        ownerUserId: values.ownerUserId,
        ...programAndContact(values),
      },
      {
        onSuccess: () => {
          notifySuccess(t("partners.profile.saved"));
          onDone();
        },
        onError: (error) => applyServerErrors(form, error),
      },
    );
  });

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
      update.reset();
    }
  };

  // After a reload the record has a new version: start the form again from it.
  const { setValues, resetDirty } = form;
  useEffect(() => {
    setValues(valuesOf(partner));
    resetDirty(valuesOf(partner));
    // Only a new version means new data; the partner object itself changes identity on every fetch.
  }, [partner.version]);

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {update.error &&
          (isStatus(update.error, 409) ? (
            <ConflictAlert detail={problemMessage(update.error, t)} onReload={() => void reload()} reloading={reloading} />
          ) : (
            <Alert color="red" role="alert">
              {problemMessage(update.error, t)}
            </Alert>
          ))}
        <PartnerFormFields form={form} settings={settings.data} staff={staff} programs={programs.data} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

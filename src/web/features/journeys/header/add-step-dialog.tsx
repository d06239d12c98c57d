import { Button, Group, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { isPartnerRole, ownerRoles, type OwnerRole } from "../../../../domain/journeys/template/owner";
import { applyServerErrors } from "../../../api/problems";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { useAddStep, useAssignees } from "../api";
import { ActionError } from "../components/action-error";
import { ownerRoleKeys } from "../components/due-date";
import { OwnerSelect } from "../components/owner-select";
import { ZonedDateTime } from "../components/zoned-date-time";
import { useJourneyContext } from "../journey-context";
import { instantFromInputs } from "../zoned-format";

interface AddStepValues {
  phaseKey: string | null;
  title: string;
  description: string;
  ownerRole: OwnerRole;
  ownerUserId: string | null;
  dueDate: string;
  dueTime: string;
  visibility: "shared" | "internal";
  dependsOn: string[];
}

/** A step this partner needs beyond the template (R-D4), placed in a phase with its own due date. */
export function AddStepDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { ws, partnerId, journey, reload } = useJourneyContext();
  const add = useAddStep(ws, partnerId, journey.id);
  const assignees = useAssignees(ws, partnerId, true);
  const firstOpen = journey.phases.find((phase) => phase.state === "open") ?? journey.phases[0];
  const form = useForm<AddStepValues>({
    initialValues: { phaseKey: firstOpen?.key ?? null, title: "", description: "", ownerRole: "host:manager", ownerUserId: null, dueDate: "", dueTime: "17:00", visibility: "shared", dependsOn: [] },
    validate: {
      phaseKey: (value) => (value ? null : t("validation.chooseOne")),
      title: (value) => (value.trim() ? null : t("validation.required")),
      dueDate: (value, values) => (instantFromInputs(value, values.dueTime, journey.timeZone) ? null : t("journeys.dates.invalid")),
    },
  });
  const values = form.getValues();
  // Partner users never see internal steps, so a partner-owned step is always shared.
  const partnerOwned = isPartnerRole(values.ownerRole);

  const submit = form.onSubmit((input) => {
    const dueAt = instantFromInputs(input.dueDate, input.dueTime, journey.timeZone);
    if (!dueAt || !input.phaseKey) return;
    add.mutate(
      {
        phaseKey: input.phaseKey,
        title: input.title.trim(),
        description: input.description.trim() || undefined,
        ownerRole: input.ownerRole,
        ownerUserId: input.ownerUserId ?? undefined,
        dueAt,
        visibility: isPartnerRole(input.ownerRole) ? "shared" : input.visibility,
        dependsOn: input.dependsOn,
      },
      {
        onSuccess: () => {
          notifySuccess(t("journeys.addStep.done", { title: input.title.trim() }));
          onClose();
        },
        onError: (error) => applyServerErrors(form, error),
      },
    );
  });

  return (
    <AppModal opened onClose={onClose} title={t("journeys.addStep.title")} size="lg" closeOnClickOutside={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ActionError error={add.error} onReload={reload} />
          <Select label={t("journeys.addStep.phase")} required data={journey.phases.map((phase) => ({ value: phase.key, label: phase.name }))} {...form.getInputProps("phaseKey")} />
          <TextInput label={t("journeys.addStep.stepTitle")} required maxLength={200} {...form.getInputProps("title")} data-autofocus />
          <Textarea label={t("journeys.addStep.description")} autosize minRows={2} maxLength={5000} {...form.getInputProps("description")} />
          <Group grow align="flex-start">
            <Select
              label={t("journeys.addStep.ownerRole")}
              required
              allowDeselect={false}
              data={ownerRoles.map((role) => ({ value: role, label: t(ownerRoleKeys[role]) }))}
              value={values.ownerRole}
              onChange={(value) => {
                const role = ownerRoles.find((candidate) => candidate === value);
                if (!role) return;
                form.setFieldValue("ownerRole", role);
                form.setFieldValue("ownerUserId", null);
              }}
            />
            <OwnerSelect
              label={t("journeys.addStep.owner")}
              placeholder={t("journeys.addStep.ownerByRole")}
              assignees={assignees.data}
              role={values.ownerRole}
              value={values.ownerUserId}
              onChange={(userId) => form.setFieldValue("ownerUserId", userId)}
              clearable
            />
          </Group>
          <ZonedDateTime
            date={values.dueDate}
            time={values.dueTime}
            zone={journey.timeZone}
            onDate={(value) => form.setFieldValue("dueDate", value)}
            onTime={(value) => form.setFieldValue("dueTime", value)}
            error={form.errors.dueDate ? String(form.errors.dueDate) : null}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="add-step-visibility">
              {t("journeys.addStep.visibility")}
            </Text>
            <SegmentedControl
              aria-labelledby="add-step-visibility"
              disabled={partnerOwned}
              value={partnerOwned ? "shared" : values.visibility}
              onChange={(value) => form.setFieldValue("visibility", value === "internal" ? "internal" : "shared")}
              data={[
                { value: "shared", label: t("journeys.visibility.shared") },
                { value: "internal", label: t("journeys.visibility.internal") },
              ]}
            />
            <Text size="xs" c="dimmed">
              {partnerOwned ? t("journeys.addStep.partnerShared") : t("journeys.addStep.visibilityHint")}
            </Text>
          </Stack>
          <MultiSelect
            label={t("journeys.addStep.dependsOn")}
            data={journey.steps.map((step) => ({ value: step.key, label: step.title }))}
            searchable
            clearable
            {...form.getInputProps("dependsOn")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t("journeys.addStep.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

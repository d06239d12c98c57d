import { Alert, Button, Group, Paper, Select, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../../domain/access/policy";
import { pipelineStages, type LifecycleStage } from "../../../../domain/partners/lifecycle";
import { applyServerErrors, problemMessage } from "../../../api/problems";
import { PageHeader } from "../../../components/page-header";
import { QueryError } from "../../../components/query-error";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { stageKey } from "../../../i18n/labels";
import { useStaffDirectory } from "../../people/api";
import { useActor, useWorkspace } from "../../workspace/api";
import { useCreatePartner, usePartnerSettings } from "../api";
import { browserTimeZone, PartnerFormFields, partnerFormRules, programAndContact, type PartnerFormValues } from "../components/partner-form-fields";
import { usePrograms } from "../../programs/api";
import { notifySuccess } from "../../../components/notify";

/** A partner usually enters as an applicant; a known one may start further along. */
const startingStages = pipelineStages.filter((stage) => stage !== "offboarding" && stage !== "exited");

export function NewPartnerPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const navigate = useNavigate();
  const settings = usePartnerSettings(ws);
  const staff = useStaffDirectory(ws, can(actor, "staff.read") === "allow");
  const create = useCreatePartner(ws);
  const programs = usePrograms(ws);
  const [stage, setStage] = useState<LifecycleStage>("applicant");
  const form = useForm<PartnerFormValues>({
    initialValues: {
      name: "",
      typeId: null,
      tierId: null,
      country: null,
      timeZone: browserTimeZone(),
      website: "",
      ownerUserId: actor.kind === "staff" && actor.role === "partner_manager" ? actor.userId : null,
      programId: null,
      contactName: "",
      contactEmail: "",
    },
    validate: partnerFormRules(t),
  });

  if (can(actor, "partner.create") !== "allow") {
    return <Alert color="gray">{t("partners.form.cannotCreate")}</Alert>;
  }

  const submit = form.onSubmit((values) => {
    if (!values.typeId || !values.timeZone) return;
    create.mutate(
      {
        name: values.name.trim(),
        typeId: values.typeId,
        tierId: values.tierId,
        country: values.country,
        timeZone: values.timeZone,
        website: values.website.trim() || null,
        ownerUserId: values.ownerUserId,
        ...programAndContact(values),
        stage,
      },
      {
        onSuccess: (partner) => {
          notifySuccess(t("partners.form.created", { name: partner.name }));
          void navigate({ to: "/w/$ws/partners/$partnerId", params: { ws, partnerId: partner.id } });
        },
        onError: (error) => applyServerErrors(form, error),
      },
    );
  });

  return (
    <Stack maw={760}>
      <PageHeader
        title={t("partners.form.newTitle")}
        description={t("partners.form.newDescription")}
        before={
          <AnchorLink to="/w/$ws/partners" params={{ ws }} size="sm">
            ← {t("partners.list.title")}
          </AnchorLink>
        }
      />
      {settings.error && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      <Paper withBorder p="lg">
        <form noValidate onSubmit={submit}>
          <Stack>
            {create.error && (
              <Alert color="red" role="alert">
                {problemMessage(create.error, t)}
              </Alert>
            )}
            <PartnerFormFields form={form} settings={settings.data} staff={staff.data?.users} programs={programs.data} />
            <Select
              label={t("partners.form.startingStage")}
              description={t("partners.form.startingStageHint")}
              data={startingStages.map((stage) => ({ value: stage, label: t(stageKey(stage)) }))}
              allowDeselect={false}
              value={stage}
              onChange={(value) => setStage(startingStages.find((option) => option === value) ?? "applicant")}
            />
            <Group justify="flex-end" mt="sm">
              <ButtonLink variant="default" to="/w/$ws/partners" params={{ ws }}>
                {t("common.cancel")}
              </ButtonLink>
              <Button type="submit" loading={create.isPending}>
                {t("partners.form.create")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

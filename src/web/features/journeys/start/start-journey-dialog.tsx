import { Accordion, Alert, Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Journey } from "../../../../domain/journeys/contracts";
import type { Partner } from "../../../../domain/partners/schemas";
import { problemMessage } from "../../../api/problems";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { useAssignees, useStartJourney } from "../api";
import { instantFromInputs } from "../zoned-format";
import { StepAdjustments, type Adjustments } from "./step-adjustments";
import { useTemplateLibrary, useTemplateVersion } from "./templates-api";

/** A start date counts from this time of day in the partner's zone. */
const startTime = "09:00";

interface StartJourneyDialogProps {
  ws: string;
  partner: Partner;
  onClose: () => void;
  onStarted: (journey: Journey) => void;
}

/** Picks a template (the partner's track's one first), a start date and the adjustments, then starts. */
export function StartJourneyDialog({ ws, partner, onClose, onStarted }: StartJourneyDialogProps) {
  const { t } = useTranslation();
  const library = useTemplateLibrary(ws);
  const assignees = useAssignees(ws, partner.id, true);
  const start = useStartJourney(ws, partner.id);
  const trackTemplate = library.data?.find((template) => template.usedBy.some((use) => use.partnerTypeId === partner.type.id));
  const [chosen, setChosen] = useState<string | null>(null);
  const templateId = chosen ?? trackTemplate?.id ?? null;
  const summary = library.data?.find((template) => template.id === templateId);
  const version = useTemplateVersion(ws, templateId, summary?.latestVersion ?? null);
  const [startDate, setStartDate] = useState("");
  const [adjustments, setAdjustments] = useState<Adjustments>({ omitSteps: [], owners: {} });
  const [missing, setMissing] = useState(false);
  const startAt = startDate ? instantFromInputs(startDate, startTime, partner.timeZone) : undefined;

  const pick = (id: string | null) => {
    setChosen(id);
    setAdjustments({ omitSteps: [], owners: {} });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!summary) return setMissing(true);
    start.mutate(
      { templateId: summary.id, templateVersion: summary.latestVersion, startAt: startAt ?? undefined, omitSteps: adjustments.omitSteps, owners: adjustments.owners },
      {
        onSuccess: (journey) => {
          notifySuccess(t("journeys.start.done", { template: journey.templateName, partner: partner.name }));
          onStarted(journey);
        },
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t("journeys.start.title", { partner: partner.name })} size="xl" closeOnClickOutside={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {library.error && <QueryError error={library.error} onRetry={() => void library.refetch()} />}
          {start.error && (
            <Alert color="red" role="alert">
              {problemMessage(start.error, t)}
            </Alert>
          )}
          <Select
            label={t("journeys.start.template")}
            description={trackTemplate ? t("journeys.start.trackTemplate", { type: partner.type.name, template: trackTemplate.name }) : t("journeys.start.noTrackTemplate", { type: partner.type.name })}
            required
            searchable
            data={(library.data ?? []).map((template) => ({ value: template.id, label: t("journeys.start.templateOption", { name: template.name, version: template.latestVersion }) }))}
            value={templateId}
            onChange={pick}
            error={missing && !summary ? t("validation.chooseOne") : null}
            nothingFoundMessage={t("common.nothingFound")}
            data-autofocus
          />
          <TextInput
            type="date"
            label={t("journeys.start.startDate")}
            description={t("journeys.start.startDateHint", { time: startTime, zone: partner.timeZone })}
            value={startDate}
            onChange={(event) => setStartDate(event.currentTarget.value)}
          />
          {summary && (
            <Accordion variant="contained">
              <Accordion.Item value="adjust">
                <Accordion.Control>
                  <Text size="sm" fw={600}>
                    {t("journeys.start.adjust")}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t("journeys.start.adjustHint", { omitted: adjustments.omitSteps.length, owners: Object.keys(adjustments.owners).length })}
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  {version.error ? (
                    <QueryError error={version.error} onRetry={() => void version.refetch()} />
                  ) : version.isPending ? (
                    <PageLoader />
                  ) : (
                    <StepAdjustments template={version.data.document} assignees={assignees.data} value={adjustments} onChange={setAdjustments} />
                  )}
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={start.isPending}>
              {t("journeys.start.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

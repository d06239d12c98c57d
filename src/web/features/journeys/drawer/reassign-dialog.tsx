import { Button, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyStep } from "../../../../domain/journeys/contracts";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { QueryError } from "../../../components/query-error";
import { useAssignees, useStepAction } from "../api";
import { ActionError } from "../components/action-error";
import { ownerRoleKeys } from "../components/due-date";
import { OwnerSelect } from "../components/owner-select";
import { useJourneyContext } from "../journey-context";

/** Gives a step to another person of the side its role belongs to. */
export function ReassignDialog({ step, onClose }: { step: JourneyStep; onClose: () => void }) {
  const { t } = useTranslation();
  const { ws, partnerId, journey, reload } = useJourneyContext();
  const assignees = useAssignees(ws, partnerId, true);
  const reassign = useStepAction(ws, partnerId, journey.id, "reassign");
  const [userId, setUserId] = useState<string | null>(step.owner?.userId ?? null);
  const [missing, setMissing] = useState(false);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!userId) return setMissing(true);
    reassign.mutate(
      { stepId: step.id, body: { version: step.version, userId } },
      {
        onSuccess: (updated) => {
          const owner = updated.steps.find((candidate) => candidate.id === step.id)?.owner;
          notifySuccess(t("journeys.reassign.done", { title: step.title, name: owner?.name ?? "" }));
          onClose();
        },
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t("journeys.reassign.title", { title: step.title })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {assignees.error && <QueryError error={assignees.error} onRetry={() => void assignees.refetch()} />}
          <ActionError error={reassign.error} onReload={reload} />
          <OwnerSelect
            label={t("journeys.reassign.owner", { role: t(ownerRoleKeys[step.ownerRole]) })}
            assignees={assignees.data}
            role={step.ownerRole}
            value={userId}
            onChange={setUserId}
            required
            error={missing && !userId ? t("validation.chooseOne") : null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={reassign.isPending}>
              {t("journeys.reassign.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

import { Badge, Button, Divider, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { IconArrowBackUp, IconCalendarTime, IconEyeOff, IconPlayerSkipForward, IconUserShare } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyStep } from "../../../../domain/journeys/contracts";
import { DueDate, ownerRoleKeys } from "../components/due-date";
import { useKindLabel } from "../components/kind-icon";
import { LateBadge, StepStateBadge } from "../components/status-badges";
import { useJourneyContext } from "../journey-context";
import { StepWorkPanel } from "../step-work/step-work-panel";
import { formatInZone } from "../zoned-format";
import { CompleteDialog } from "./complete-dialog";
import { ReassignDialog } from "./reassign-dialog";
import { ReasonDialog } from "./reason-dialog";
import { RescheduleDialog } from "./reschedule-dialog";

type Dialog = "reopen" | "skip" | "reassign" | "reschedule" | null;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={150}>{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** A step's facts, its work area and the actions this person may take on it. */
export function StepDetails({ step }: { step: JourneyStep }) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const { ws, partnerId, journey } = useJourneyContext();
  const [dialog, setDialog] = useState<Dialog>(null);
  // The work panel hands over what the kind collected; the dialog shows the due-date shifts first.
  const [completion, setCompletion] = useState<{ input: unknown; note?: string } | null>(null);
  const zone = journey.timeZone;
  const running = journey.status !== "done" && journey.status !== "cancelled";
  const manage = running && journey.canManage;
  const open = step.status === "open";
  const prerequisites = journey.steps.filter((candidate) => step.dependsOn.includes(candidate.key));
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group gap="xs">
        <StepStateBadge state={step.state} />
        {step.late && <LateBadge />}
        {step.required && (
          <Badge variant="outline" color="gray">
            {t("journeys.step.required")}
          </Badge>
        )}
        {step.visibility === "internal" && (
          <Badge variant="outline" color="gray" leftSection={<IconEyeOff size={12} aria-hidden />}>
            {t("journeys.visibility.internal")}
          </Badge>
        )}
      </Group>
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          <Row label={t("journeys.step.kind")}>{kindLabel(step.kind)}</Row>
          <Row label={t("journeys.columns.owner")}>
            <Text size="sm">{step.owner ? `${step.owner.name} (${step.owner.email})` : t("journeys.step.unassigned")}</Text>
            <Text size="xs" c="dimmed">
              {t(ownerRoleKeys[step.ownerRole])}
            </Text>
          </Row>
          <Row label={t("journeys.columns.due")}>
            <DueDate dueAt={step.dueAt} zone={zone} late={step.late} />
            {step.dueManual && (
              <Text size="xs" c="dimmed">
                {t("journeys.step.dueManual")}
              </Text>
            )}
            {step.baselineDueAt && step.dueAt && step.baselineDueAt !== step.dueAt && (
              <Text size="xs" c="dimmed">
                {t("journeys.step.baseline", { date: formatInZone(step.baselineDueAt, zone) })}
              </Text>
            )}
          </Row>
          {prerequisites.length > 0 && (
            <Row label={t("journeys.step.dependsOn")}>
              <List size="sm" spacing={2}>
                {prerequisites.map((prerequisite) => (
                  <List.Item key={prerequisite.id}>{t("journeys.step.prerequisite", { title: prerequisite.title, state: t(`journeys.stepState.${prerequisite.state}`) })}</List.Item>
                ))}
              </List>
            </Row>
          )}
          {step.completedAt && (
            <Row label={step.status === "skipped" ? t("journeys.step.skippedAt") : t("journeys.step.completedAt")}>
              <Text size="sm">{formatInZone(step.completedAt, zone)}</Text>
              {step.completedBy && (
                <Text size="xs" c="dimmed">
                  {t("journeys.step.by", { name: step.completedBy.name })}
                </Text>
              )}
            </Row>
          )}
        </Table.Tbody>
      </Table>

      <Divider />
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t("journeys.step.work")}
        </Title>
        {step.description && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {step.description}
          </Text>
        )}
        <StepWorkPanel ws={ws} partnerId={partnerId} journey={journey} step={step} onComplete={(input, note) => setCompletion({ input, note })} />
      </Stack>

      {manage && (
        <>
          <Divider />
          <Stack gap="sm">
            <Title order={3} size="h5">
              {t("journeys.step.manage")}
            </Title>
            <Group gap="xs">
              {open && (
                <>
                  <Button variant="default" leftSection={<IconUserShare size={16} aria-hidden />} onClick={() => setDialog("reassign")}>
                    {t("journeys.reassign.open")}
                  </Button>
                  <Button variant="default" leftSection={<IconCalendarTime size={16} aria-hidden />} onClick={() => setDialog("reschedule")}>
                    {t("journeys.reschedule.open")}
                  </Button>
                  {!step.required && (
                    <Button variant="default" leftSection={<IconPlayerSkipForward size={16} aria-hidden />} onClick={() => setDialog("skip")}>
                      {t("journeys.skip.open")}
                    </Button>
                  )}
                </>
              )}
              {!open && (
                <Button variant="default" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => setDialog("reopen")}>
                  {t("journeys.reopen.open")}
                </Button>
              )}
            </Group>
            {open && step.required && (
              <Text size="xs" c="dimmed">
                {t("journeys.skip.required")}
              </Text>
            )}
          </Stack>
        </>
      )}

      {completion && <CompleteDialog step={step} input={completion.input} note={completion.note} onClose={() => setCompletion(null)} />}
      {(dialog === "reopen" || dialog === "skip") && <ReasonDialog step={step} verb={dialog} onClose={close} />}
      {dialog === "reassign" && <ReassignDialog step={step} onClose={close} />}
      {dialog === "reschedule" && <RescheduleDialog step={step} onClose={close} />}
    </Stack>
  );
}

import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconChevronDown, IconChevronUp } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Journey, JourneyStep, StepState } from "../../../../domain/journeys/contracts";
import { i18n } from "../../../i18n";
import { StepWorkPanel } from "../../journeys/step-work/step-work-panel";
import { dueDay, ownerLabel } from "./owner-label";

const stateColors: Record<StepState, string> = { locked: "gray", blocked: "yellow", ready: "blue", done: "green", skipped: "gray" };

interface StepCardProps {
  ws: string;
  partnerId: string;
  journey: Journey;
  step: JourneyStep;
  myUserId: string;
  hostName: string;
  opened: boolean;
  onToggle: () => void;
}

/** One shared step: its state, due date and owner at a glance; opened, the work on it. */
export function JourneyStepCard({ ws, partnerId, journey, step, myUserId, hostName, opened, onToggle }: StepCardProps) {
  const { t } = useTranslation();
  const panelId = `step-panel-${step.id}`;
  const yourTurn = step.canAct && step.status === "open" && step.state === "ready";
  return (
    <Paper withBorder p="md" id={`step-${step.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={3} size="h5">
              {step.title}
            </Title>
            <Text size="xs" c="dimmed">
              {[
                t("portalJourney.ownedBy", { owner: ownerLabel(t, step, myUserId, hostName) }),
                step.dueAt ? t(step.late ? "portalJourney.dueLate" : "portalJourney.due", { date: dueDay(step.dueAt, journey.timeZone, i18n.language) }) : t("portalJourney.noDue"),
              ].join(" · ")}
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap">
            {yourTurn && (
              <Badge color="blue" variant="filled">
                {t("portalJourney.yourTurn")}
              </Badge>
            )}
            {step.late && (
              <Badge color="red" variant="light">
                {t("portalJourney.statuses.late")}
              </Badge>
            )}
            <Badge color={stateColors[step.state]} variant="light">
              {t(`portalJourney.stepStates.${step.state}`)}
            </Badge>
          </Group>
        </Group>
        {step.description && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {step.description}
          </Text>
        )}
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={onToggle}
            aria-expanded={opened}
            aria-controls={panelId}
            rightSection={opened ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />}
          >
            {opened ? t("portalJourney.close") : t("portalJourney.open")}
            <VisuallyHidden>{` ${step.title}`}</VisuallyHidden>
          </Button>
        </div>
        <div id={panelId}>{opened && <StepWorkPanel ws={ws} partnerId={partnerId} journey={journey} step={step} />}</div>
      </Stack>
    </Paper>
  );
}

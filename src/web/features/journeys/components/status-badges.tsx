import { Badge, Group, type BadgeProps } from "@mantine/core";
import {
  IconAlertTriangle,
  IconBan,
  IconCircleCheck,
  IconCircleDot,
  IconClockExclamation,
  IconFlag,
  IconHandStop,
  IconLock,
  IconLockOpen,
  IconPlayerSkipForward,
  type Icon,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { JourneyPhase, JourneyStatus, StepState } from "../../../../domain/journeys/contracts";

/*
 * Every state is said with a word and an icon, the colour only repeats it (WCAG 1.4.1: never by
 * colour alone).
 */

const journeyStatusLook: Record<JourneyStatus, { color: string; icon: Icon }> = {
  on_track: { color: "green", icon: IconCircleCheck },
  at_risk: { color: "orange", icon: IconAlertTriangle },
  late: { color: "red", icon: IconClockExclamation },
  done: { color: "teal", icon: IconFlag },
  cancelled: { color: "gray", icon: IconBan },
};

export function JourneyStatusBadge({ status, ...props }: { status: JourneyStatus } & BadgeProps) {
  const { t } = useTranslation();
  const look = journeyStatusLook[status];
  return (
    <Badge color={look.color} variant="light" leftSection={<look.icon size={12} aria-hidden />} {...props}>
      {t(`journeys.status.${status}`)}
    </Badge>
  );
}

/** The colour a journey status is drawn in (progress bars and the cohort chart). */
export function journeyStatusColor(status: JourneyStatus): string {
  return journeyStatusLook[status].color;
}

const stepStateLook: Record<StepState, { color: string; icon: Icon }> = {
  locked: { color: "gray", icon: IconLock },
  blocked: { color: "yellow", icon: IconHandStop },
  ready: { color: "indigo", icon: IconCircleDot },
  done: { color: "green", icon: IconCircleCheck },
  skipped: { color: "gray", icon: IconPlayerSkipForward },
};

export function StepStateBadge({ state, ...props }: { state: StepState } & BadgeProps) {
  const { t } = useTranslation();
  const look = stepStateLook[state];
  return (
    <Badge color={look.color} variant="light" leftSection={<look.icon size={12} aria-hidden />} {...props}>
      {t(`journeys.stepState.${state}`)}
    </Badge>
  );
}

export function LateBadge(props: BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" leftSection={<IconClockExclamation size={12} aria-hidden />} {...props}>
      {t("journeys.step.late")}
    </Badge>
  );
}

/** Where a step stands, and "late" beside it when it is: the pair every step list shows. */
export function StepStateBadges({ step }: { step: { state: StepState; late: boolean } }) {
  return (
    <Group gap={4}>
      <StepStateBadge state={step.state} />
      {step.late && <LateBadge />}
    </Group>
  );
}

const phaseStateLook: Record<JourneyPhase["state"], { color: string; icon: Icon }> = {
  locked: { color: "gray", icon: IconLock },
  open: { color: "indigo", icon: IconLockOpen },
  done: { color: "green", icon: IconCircleCheck },
};

export function PhaseStateBadge({ state, ...props }: { state: JourneyPhase["state"] } & BadgeProps) {
  const { t } = useTranslation();
  const look = phaseStateLook[state];
  return (
    <Badge color={look.color} variant="light" leftSection={<look.icon size={12} aria-hidden />} {...props}>
      {t(`journeys.phaseState.${state}`)}
    </Badge>
  );
}

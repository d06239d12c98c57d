import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconEyeOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { JourneyPhase, JourneyStep } from "../../../../domain/journeys/contracts";
import { DueDate, ownerRoleKeys } from "../components/due-date";
import { KindIcon } from "../components/kind-icon";
import { ProgressLine } from "../components/progress-line";
import { PhaseStateBadge, StepStateBadges } from "../components/status-badges";
import { useJourneyContext } from "../journey-context";
import { formatInZone } from "../zoned-format";

function StepRow({ step }: { step: JourneyStep }) {
  const { t } = useTranslation();
  const { journey, openStep } = useJourneyContext();
  return (
    <Table.Tr>
      <Table.Td w={40}>
        <KindIcon kind={step.kind} />
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Anchor component="button" type="button" fw={600} size="sm" ta="left" onClick={() => openStep(step.id)}>
            {step.title}
          </Anchor>
          <Group gap={4}>
            {step.required && (
              <Badge size="xs" variant="outline" color="gray">
                {t("journeys.step.required")}
              </Badge>
            )}
            {step.visibility === "internal" && (
              <Badge size="xs" variant="outline" color="gray" leftSection={<IconEyeOff size={10} aria-hidden />}>
                {t("journeys.visibility.internal")}
              </Badge>
            )}
            {step.adHoc && (
              <Badge size="xs" variant="outline" color="gray">
                {t("journeys.step.adHoc")}
              </Badge>
            )}
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{step.owner?.name ?? t("journeys.step.unassigned")}</Text>
        <Text size="xs" c="dimmed">
          {t(ownerRoleKeys[step.ownerRole])}
        </Text>
      </Table.Td>
      <Table.Td>
        {step.status === "done" && step.completedAt ? (
          <Text size="sm">{t("journeys.step.doneOn", { date: formatInZone(step.completedAt, journey.timeZone) })}</Text>
        ) : (
          <DueDate dueAt={step.dueAt} zone={journey.timeZone} late={step.late} />
        )}
      </Table.Td>
      <Table.Td>
        <StepStateBadges step={step} />
      </Table.Td>
    </Table.Tr>
  );
}

function PhaseSection({ phase, steps, index }: { phase: JourneyPhase; steps: JourneyStep[]; index: number }) {
  const { t } = useTranslation();
  const headingId = `phase-${phase.key}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId} bg={phase.state === "locked" ? "gray.0" : undefined}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Stack gap={2}>
          <Title order={3} size="h4" id={headingId}>
            {t("journeys.phases.heading", { number: index + 1, name: phase.name })}
          </Title>
          {phase.description && (
            <Text size="sm" c="dimmed">
              {phase.description}
            </Text>
          )}
        </Stack>
        <PhaseStateBadge state={phase.state} />
      </Group>
      <ProgressLine progress={phase.progress} label={t("journeys.progress.phase", { name: phase.name })} color={phase.state === "done" ? "green" : undefined} size="sm" />
      <Table.ScrollContainer minWidth={680} mt="sm">
        <Table verticalSpacing="xs">
          <caption>
            <VisuallyHidden>{t("journeys.phases.caption", { name: phase.name })}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>{t("journeys.columns.kind")}</VisuallyHidden>
              </Table.Th>
              <Table.Th>{t("journeys.columns.step")}</Table.Th>
              <Table.Th>{t("journeys.columns.owner")}</Table.Th>
              <Table.Th>{t("journeys.columns.due")}</Table.Th>
              <Table.Th>{t("journeys.columns.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.map((step) => (
              <StepRow key={step.id} step={step} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The journey as its phases, each with its progress and steps; locked phases show what is ahead. */
export function PhasesView() {
  const { journey } = useJourneyContext();
  return (
    <Stack gap="lg">
      {journey.phases.map((phase, index) => (
        <PhaseSection key={phase.key} phase={phase} index={index} steps={journey.steps.filter((step) => step.phaseKey === phase.key)} />
      ))}
    </Stack>
  );
}

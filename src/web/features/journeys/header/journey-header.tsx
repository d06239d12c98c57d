import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconArrowUpCircle, IconBan, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Journey } from "../../../../domain/journeys/contracts";
import { JourneyStatusBadge, journeyStatusColor } from "../components/status-badges";
import { ProgressLine } from "../components/progress-line";
import { formatDayInZone } from "../zoned-format";
import { AddStepDialog } from "./add-step-dialog";
import { CancelJourneyDialog } from "./cancel-journey-dialog";
import { UpgradeDialog } from "./upgrade-dialog";

type Dialog = "add" | "upgrade" | "cancel" | null;

function Figure({ label, value, tone }: { label: string; value: string; tone?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="sm" fw={600} c={tone}>
        {value}
      </Text>
    </Stack>
  );
}

/** Template and version, status in words, progress, and planned against projected completion. */
export function JourneyHeader({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const running = journey.status !== "done" && journey.status !== "cancelled";
  const upgradable = running && journey.canManage && journey.latestTemplateVersion > journey.templateVersion;
  const day = (iso: string | null) => (iso ? formatDayInZone(iso, journey.timeZone) : t("journeys.header.noDate"));
  const slipping = journey.projectedCompletionAt && journey.plannedCompletionAt && journey.projectedCompletionAt > journey.plannedCompletionAt;

  return (
    <Paper withBorder p="lg" mb="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Group gap="sm" wrap="wrap">
              <Title order={2} size="h3">
                {journey.templateName}
              </Title>
              <JourneyStatusBadge status={journey.status} size="lg" />
            </Group>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t("journeys.header.version", { version: journey.templateVersion })}
              </Text>
              {upgradable && (
                <Badge color="violet" variant="light" leftSection={<IconArrowUpCircle size={12} aria-hidden />}>
                  {t("journeys.header.upgradeAvailable", { version: journey.latestTemplateVersion })}
                </Badge>
              )}
            </Group>
          </Stack>
          {running && journey.canManage && (
            <Group gap="xs">
              {upgradable && (
                <Button variant="light" color="violet" leftSection={<IconArrowUpCircle size={16} aria-hidden />} onClick={() => setDialog("upgrade")}>
                  {t("journeys.upgrade.open")}
                </Button>
              )}
              <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog("add")}>
                {t("journeys.addStep.open")}
              </Button>
              <Button variant="subtle" color="red" leftSection={<IconBan size={16} aria-hidden />} onClick={() => setDialog("cancel")}>
                {t("journeys.cancel.open")}
              </Button>
            </Group>
          )}
        </Group>
        <ProgressLine progress={journey.progress} label={t("journeys.progress.journey")} color={journeyStatusColor(journey.status)} size="lg" />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Figure label={t("journeys.header.started")} value={day(journey.startedAt)} />
          <Figure label={t("journeys.header.planned")} value={day(journey.plannedCompletionAt)} />
          {journey.completedAt ? (
            <Figure label={t("journeys.header.completed")} value={day(journey.completedAt)} />
          ) : journey.cancelledAt ? (
            <Figure label={t("journeys.header.cancelled")} value={day(journey.cancelledAt)} />
          ) : (
            <Figure
              label={slipping ? t("journeys.header.projectedLater") : t("journeys.header.projected")}
              value={day(journey.projectedCompletionAt)}
              tone={slipping ? "red.9" : undefined}
            />
          )}
          <Figure label={t("journeys.header.timeZone")} value={journey.timeZone} />
        </SimpleGrid>
      </Stack>
      {dialog === "add" && <AddStepDialog onClose={() => setDialog(null)} />}
      {dialog === "upgrade" && <UpgradeDialog onClose={() => setDialog(null)} />}
      {dialog === "cancel" && <CancelJourneyDialog onClose={() => setDialog(null)} />}
    </Paper>
  );
}

import { Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Progress as ProgressFigures } from "../../../../domain/journeys/contracts";

/** A progress bar that also says its figures in words ("4 of 10 steps"), labelled for screen readers. */
export function ProgressLine({ progress, label, color, size = "md" }: { progress: ProgressFigures; label: string; color?: string; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Progress value={progress.percent} color={color} size={size} aria-label={label} />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {t("journeys.progress.steps", { done: progress.done, total: progress.total })}
        </Text>
        <Text size="xs" c="dimmed">
          {t("journeys.progress.percent", { percent: progress.percent })}
        </Text>
      </Group>
    </Stack>
  );
}

import { Badge, type BadgeProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { LifecycleStage } from "../../../../domain/partners/lifecycle";
import { stageColors, stageKey } from "../../../i18n/labels";

export function StageBadge({ stage, ...props }: { stage: LifecycleStage } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={stageColors[stage]} variant="light" {...props}>
      {t(stageKey(stage))}
    </Badge>
  );
}

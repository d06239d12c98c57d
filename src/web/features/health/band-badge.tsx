import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { HealthBand } from "../../../domain/health/schemas";

/** Colours with enough contrast for white text; the band's name is always written, never colour alone. */
export const bandColor: Record<HealthBand | "unscored", string> = { healthy: "teal.9", watch: "yellow.9", at_risk: "red.8", unscored: "gray.7" };

export function BandBadge({ band, size = "md" }: { band: HealthBand | null; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  const key = band ?? "unscored";
  return (
    <Badge color={bandColor[key]} size={size} variant="filled">
      {t(`health.bands.${key}`)}
    </Badge>
  );
}

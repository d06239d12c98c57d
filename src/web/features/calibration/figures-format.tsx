import { Badge } from "@mantine/core";
import { IconArrowDownRight, IconArrowUpRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Comparison } from "../../../domain/calibration/contracts";
import { i18n } from "../../i18n";

/** "+0.83", "−0.50", "0.00": a difference always shows its sign. */
export function formatDiff(value: number): string {
  return new Intl.NumberFormat(i18n.language, { signDisplay: "exceptZero", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function formatScore(value: number | null): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** "Scores high" / "Scores low" in words, with an arrow; nothing when there is no flag. */
export function FlagBadge({ flag }: { flag: Comparison["flag"] }) {
  const { t } = useTranslation();
  if (!flag) return null;
  const Icon = flag === "high" ? IconArrowUpRight : IconArrowDownRight;
  return (
    <Badge variant="light" color={flag === "high" ? "orange" : "indigo"} leftSection={<Icon size={14} aria-hidden />}>
      {t(`calibration.flag.${flag}`)}
    </Badge>
  );
}

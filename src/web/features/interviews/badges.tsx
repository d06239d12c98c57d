import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScorecardStatus } from "../../../domain/interviews/contracts";

const statusColors = { scheduled: "blue", completed: "green", cancelled: "gray" } as const;
const scorecardColors = { not_started: "gray", draft: "orange", submitted: "green" } as const;

export function InterviewStatusBadge({ status }: { status: keyof typeof statusColors }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} style={{ minWidth: "max-content" }}>
      {t(`interviews.status.${status}`)}
    </Badge>
  );
}

export function ScorecardBadge({ status, name }: { status: ScorecardStatus; name?: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={scorecardColors[status]} tt="none">
      {name ? `${name}: ` : ""}
      {t(`interviews.scorecardStatus.${status}`)}
    </Badge>
  );
}

import type { EscalationStatusValue } from "../../../domain/escalations/contracts";

/** Badge colours of an escalation's status: overdue is the one that needs attention now. */
export const statusColor: Record<EscalationStatusValue, string> = {
  open: "blue",
  meeting_overdue: "red",
  resolved: "green",
};

/** The anchor the notification links point at (`relationshipLink(..., "escalation-<id>")`). */
export const escalationAnchor = (escalationId: string) => `escalation-${escalationId}`;

import { Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RetroInsight, RetroInsightStatus } from "../../../domain/retros/contracts";
import { isStatus, problemMessage } from "../../api/problems";
import { notifyError, notifySuccess, notifyWarning } from "../../components/notify";
import { formatDate } from "../../i18n/format";
import { useChangeInsightStatus } from "./api";

const statusColors = { open: "orange", addressed: "green", dismissed: "gray" } as const;

/** The moves offered from each status: settle an open insight, or reopen a settled one. */
const movesFrom: Record<RetroInsightStatus, readonly RetroInsightStatus[]> = { open: ["addressed", "dismissed"], addressed: ["open"], dismissed: ["open"] };

/** One insight: what was learned, where it came from, its status and (for managers) the way to settle it. */
export function InsightItem({ ws, insight, canManage }: { ws: string; insight: RetroInsight; canManage: boolean }) {
  const { t } = useTranslation();
  const change = useChangeInsightStatus(ws);
  const move = (status: RetroInsightStatus) =>
    change.mutate(
      { insightId: insight.id, change: { status, statusRead: insight.status } },
      {
        onSuccess: () => notifySuccess(t(`retros.moved.${status}`)),
        onError: (error) => (isStatus(error, 409) ? notifyWarning(t("retros.staleStatus")) : notifyError(problemMessage(error, t))),
      },
    );
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: "none" }}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {insight.text}
          </Text>
          <Badge variant="light" color={statusColors[insight.status]} style={{ flexShrink: 0 }}>
            {t(`retros.status.${insight.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {[
            t("retros.onVersion", { version: insight.templateVersion }),
            insight.partner ? t("retros.fromPartner", { name: insight.partner.name }) : null,
            insight.meeting ? t("retros.fromMeeting", { title: insight.meeting.title, date: formatDate(insight.meeting.startsAt) }) : null,
            t("retros.recordedBy", { name: insight.createdBy?.name ?? t("retros.someone"), date: formatDate(insight.createdAt) }),
          ]
            .filter((part) => part !== null)
            .join(" · ")}
        </Text>
        {canManage && (
          <Group gap="xs">
            {movesFrom[insight.status].map((status) => (
              <Button key={status} size="compact-xs" variant="subtle" color={status === "dismissed" ? "gray" : undefined} loading={change.isPending && change.variables.change.status === status} onClick={() => move(status)}>
                {t(`retros.move.${status}`)}
                <VisuallyHidden>: {insight.text.slice(0, 60)}</VisuallyHidden>
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

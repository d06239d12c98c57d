import { Button, Group, Paper, Skeleton, Stack, Text, Timeline, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArrowsRightLeft, IconFlag } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { allowedMoves } from "../../../../domain/partners/lifecycle";
import type { Partner } from "../../../../domain/partners/schemas";
import { QueryError } from "../../../components/query-error";
import { formatDateTime, formatRelative } from "../../../i18n/format";
import { stageKey } from "../../../i18n/labels";
import { useStageHistory } from "../api";
import { StageBadge } from "../components/stage-badge";
import { MoveStageDialog } from "./move-stage-dialog";

interface LifecycleCardProps {
  ws: string;
  partner: Partner;
  canMove: boolean;
  onConflict: () => void;
}

/** Where the partner is in its lifecycle, how it got there, and the next move. */
export function LifecycleCard({ ws, partner, canMove, onConflict }: LifecycleCardProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  const history = useStageHistory(ws, partner.id);
  const movable = canMove && allowedMoves(partner.stage).length > 0;

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t("partners.lifecycle.title")}
          </Title>
          {movable && (
            <Button size="xs" leftSection={<IconArrowsRightLeft size={14} aria-hidden />} onClick={open}>
              {t("partners.lifecycle.move")}
            </Button>
          )}
        </Group>
        <Group gap="sm">
          <StageBadge stage={partner.stage} size="lg" />
          <Text size="sm" c="dimmed" title={formatDateTime(partner.stageChangedAt)}>
            {t("partners.lifecycle.since", { when: formatRelative(partner.stageChangedAt) })}
          </Text>
        </Group>
        {partner.stage === "exited" && <Text size="sm" c="dimmed">{t("partners.lifecycle.final")}</Text>}
        <div>
          <Title order={3} size="h6" mb="sm">
            {t("partners.lifecycle.history")}
          </Title>
          {history.error ? (
            <QueryError error={history.error} onRetry={() => void history.refetch()} />
          ) : history.isPending ? (
            <Stack gap="xs">
              <Skeleton h={16} />
              <Skeleton h={16} w="70%" />
            </Stack>
          ) : (
            <Timeline active={history.data.length} bulletSize={20} lineWidth={2}>
              {[...history.data].reverse().map((change) => (
                <Timeline.Item key={change.id} bullet={<IconFlag size={11} aria-hidden />} title={t(stageKey(change.toStage))}>
                  <Text size="xs" c="dimmed">
                    {change.fromStage
                      ? t("partners.lifecycle.movedBy", { from: t(stageKey(change.fromStage)), who: change.by?.name ?? t("common.system") })
                      : t("partners.lifecycle.createdBy", { who: change.by?.name ?? t("common.system") })}
                    {" · "}
                    <time dateTime={change.at}>{formatDateTime(change.at)}</time>
                  </Text>
                  {change.reason && change.reason !== "created" && (
                    <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap" }}>
                      “{change.reason}”
                    </Text>
                  )}
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </div>
      </Stack>
      {movable && <MoveStageDialog ws={ws} partner={partner} opened={opened} onClose={close} onConflict={onConflict} />}
    </Paper>
  );
}

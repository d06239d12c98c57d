import { Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCalendarPlus, IconCheck, IconPencil, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EarlyWin, EarlyWinList } from "../../../domain/alignment/contracts";
import { can } from "../../../domain/access/policy";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { formatDayInZone, formatInZone } from "../journeys/zoned-format";
import type { RelationshipCardProps } from "../relationship/relationship-tab";
import { useActor } from "../workspace/api";
import { useEarlyWins } from "./api";
import { CaseStudyEditor } from "./case-study-editor";
import { CheckInsDialog } from "./check-ins-dialog";
import { CompleteDialog } from "./complete-dialog";
import { EarlyWinDialog } from "./early-win-dialog";

/*
 * The early win (R-F4): one small joint project, a lead on each side, due within 30 days of the
 * start, with weekly check-ins until it is done; when done, both teams hear of it and a case study
 * is drafted. Dates show on the partner's calendar, where the 30 days are counted.
 */

type Dialog = { kind: "create" } | { kind: "edit" | "checkIns" | "complete"; win: EarlyWin } | null;
const statusColor = { open: "blue", overdue: "red", done: "green" } as const;

export function EarlyWinCard({ ws, partnerId, resource }: RelationshipCardProps) {
  const { t } = useTranslation();
  const canEdit = can(useActor(), "relationship.write", { partner: resource }) === "allow";
  const wins = useEarlyWins(ws, partnerId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <Paper withBorder p="lg" id="early-win">
      <Group justify="space-between" mb={4}>
        <Title order={2} size="h4">
          {t("earlyWins.card.title")}
        </Title>
        {canEdit && wins.isSuccess && (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setDialog({ kind: "create" })}>
            {t("earlyWins.card.new")}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t("earlyWins.card.intro")}
      </Text>
      {wins.error ? (
        <QueryError error={wins.error} onRetry={() => void wins.refetch()} />
      ) : wins.isPending ? (
        <PageLoader />
      ) : (
        <Stack>
          <Text size="sm">
            {t(wins.data.window.countsFrom === "journey" ? "earlyWins.window.journey" : "earlyWins.window.agreement", {
              start: formatDayInZone(wins.data.window.startsAt, wins.data.window.timeZone),
              latest: formatInZone(wins.data.window.latestDeadline, wins.data.window.timeZone),
            })}
          </Text>
          {wins.data.items.length === 0 && <Text size="sm">{canEdit ? t("earlyWins.card.emptyEditor") : t("earlyWins.card.empty")}</Text>}
          {wins.data.items.map((win) => (
            <EarlyWinItem key={win.id} ws={ws} partnerId={partnerId} win={win} zone={wins.data.window.timeZone} canEdit={canEdit} onOpen={(kind) => setDialog({ kind, win })} />
          ))}
          <Dialogs ws={ws} partnerId={partnerId} list={wins.data} dialog={dialog} onClose={close} />
        </Stack>
      )}
    </Paper>
  );
}

function Dialogs({ ws, partnerId, list, dialog, onClose }: { ws: string; partnerId: string; list: EarlyWinList; dialog: Dialog; onClose: () => void }) {
  const zone = list.window.timeZone;
  return (
    <>
      <EarlyWinDialog ws={ws} partnerId={partnerId} list={list} win={dialog?.kind === "edit" ? dialog.win : null} opened={dialog?.kind === "create" || dialog?.kind === "edit"} onClose={onClose} />
      {dialog?.kind === "checkIns" && <CheckInsDialog ws={ws} partnerId={partnerId} win={dialog.win} zone={zone} onClose={onClose} />}
      {dialog?.kind === "complete" && <CompleteDialog ws={ws} partnerId={partnerId} win={dialog.win} onClose={onClose} />}
    </>
  );
}

interface ItemProps {
  ws: string;
  partnerId: string;
  win: EarlyWin;
  zone: string;
  canEdit: boolean;
  onOpen: (kind: "edit" | "checkIns" | "complete") => void;
}

function EarlyWinItem({ ws, partnerId, win, zone, canEdit, onOpen }: ItemProps) {
  const { t } = useTranslation();
  const titleId = `early-win-${win.id}-title`;
  return (
    <Paper withBorder p="md" radius="sm" id={`early-win-${win.id}`} component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={3} size="h5" id={titleId}>
          {win.title}
        </Title>
        <Badge color={statusColor[win.status]} variant="light">
          {t(`earlyWins.status.${win.status}`)}
        </Badge>
      </Group>
      <Stack gap={4}>
        {win.description && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {win.description}
          </Text>
        )}
        <Text size="sm">{t("earlyWins.item.leads", { host: win.hostLead.name, partner: win.partnerLead.name })}</Text>
        <Text size="sm">{t("earlyWins.item.deadline", { deadline: formatInZone(win.deadline, zone) })}</Text>
        {win.successMeasure && <Text size="sm">{t("earlyWins.item.successMeasure", { measure: win.successMeasure })}</Text>}
        <CheckIns win={win} zone={zone} />
        {win.completedAt && (
          <Text size="sm">
            {t("earlyWins.item.done", { when: formatDayInZone(win.completedAt, zone), outcome: win.outcome })}
            {win.announcedAt && ` ${t("earlyWins.item.announced")}`}
          </Text>
        )}
      </Stack>
      {canEdit && win.status !== "done" && (
        <Group mt="sm" gap="xs">
          <Button size="xs" variant="default" leftSection={<IconCalendarPlus size={14} aria-hidden />} onClick={() => onOpen("checkIns")}>
            {t("earlyWins.actions.checkIns")}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onOpen("edit")}>
            {t("earlyWins.actions.edit")}
          </Button>
          <Button size="xs" leftSection={<IconCheck size={14} aria-hidden />} onClick={() => onOpen("complete")}>
            {t("earlyWins.actions.complete")}
          </Button>
        </Group>
      )}
      {win.status === "done" && <CaseStudyEditor ws={ws} partnerId={partnerId} win={win} canEdit={canEdit} />}
    </Paper>
  );
}

function CheckIns({ win, zone }: { win: EarlyWin; zone: string }) {
  const { t } = useTranslation();
  const planned = win.checkIns.filter((checkIn) => !checkIn.cancelled);
  if (planned.length === 0) return <Text size="sm">{t("earlyWins.item.noCheckIns")}</Text>;
  return (
    <div>
      <Text size="sm">{t("earlyWins.item.checkIns", { count: planned.length })}</Text>
      <List size="sm">
        {planned.map((checkIn) => (
          <List.Item key={checkIn.meetingId}>
            {formatInZone(checkIn.startsAt, zone)}
            {checkIn.heldAt && ` — ${t("earlyWins.item.held")}`}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

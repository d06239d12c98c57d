import { Button, Group, Paper, Select, Stack, Title } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { meetingTypes } from "../../../domain/journeys/template/kinds/meeting";
import { MeetingType } from "../../../domain/trust/agenda-guides";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { usePartnerMeetings } from "./api";
import { MeetingDrawer } from "./meeting-drawer";
import { MeetingsTable } from "./meetings-list";
import { ScheduleMeetingDialog } from "./schedule-dialog";

export interface MeetingsPanelProps {
  ws: string;
  partnerId: string;
  /** relationship.write on this partner: schedule, record, send recaps. */
  canEdit: boolean;
  /** Staff see and write internal notes; partner users never get them. */
  isStaff: boolean;
  /** The meeting opened from the URL (`?meeting=`), if any. */
  openMeetingId: string | undefined;
  onOpenMeeting: (meetingId: string | undefined) => void;
  /** The page's heading level: a tab has h2 (the page's h1 is the partner), the portal page h1 then h2. */
  title: string;
}

/** Upcoming and past meetings of one partner, with a kind filter and the schedule button. */
export function MeetingsPanel(props: MeetingsPanelProps) {
  const { t } = useTranslation();
  const { ws, partnerId, canEdit } = props;
  const [kind, setKind] = useState<MeetingType | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const meetings = usePartnerMeetings(ws, partnerId, kind);
  const kindOptions = [{ value: "", label: t("meetings.list.allKinds") }, ...meetingTypes.map((value) => ({ value, label: t(`meetings.kinds.${value}`) }))];
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {props.title}
          </Title>
          <Group gap="sm" align="flex-end">
            <Select
              label={t("meetings.list.kindFilter")}
              size="xs"
              data={kindOptions}
              value={kind ?? ""}
              allowDeselect={false}
              onChange={(value) => {
                const parsed = MeetingType.safeParse(value);
                setKind(parsed.success ? parsed.data : null);
              }}
            />
            {canEdit && (
              <Button size="xs" leftSection={<IconCalendarPlus size={14} aria-hidden />} onClick={() => setScheduling(true)}>
                {t("meetings.list.schedule")}
              </Button>
            )}
          </Group>
        </Group>
        {meetings.error ? (
          <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />
        ) : meetings.isPending ? (
          <PageLoader />
        ) : (
          <>
            <MeetingsTable caption={t("meetings.list.upcoming")} meetings={meetings.data.upcoming} empty={canEdit ? t("meetings.list.noUpcoming") : t("meetings.list.noUpcomingReadOnly")} onOpen={props.onOpenMeeting} />
            <MeetingsTable caption={t("meetings.list.past")} meetings={meetings.data.past} empty={t("meetings.list.noPast")} onOpen={props.onOpenMeeting} />
          </>
        )}
      </Stack>
      {canEdit && <ScheduleMeetingDialog ws={ws} partnerId={partnerId} opened={scheduling} onClose={() => setScheduling(false)} onScheduled={props.onOpenMeeting} />}
      <MeetingDrawer ws={ws} partnerId={partnerId} meetingId={props.openMeetingId} canEdit={canEdit} isStaff={props.isStaff} onClose={() => props.onOpenMeeting(undefined)} />
    </Paper>
  );
}

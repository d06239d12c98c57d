import { Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PartnerMeeting } from "../../../domain/meetings/partner-meetings";
import { TableHead } from "../../components/table-head";
import { formatDateTime } from "../../i18n/format";

/** The badge of a meeting's recap: sent, due (with the time) or overdue. */
export function RecapBadge({ meeting }: { meeting: PartnerMeeting }) {
  const { t } = useTranslation();
  if (meeting.status === "cancelled") return <Text size="sm">{t("meetings.list.recapNotNeeded")}</Text>;
  if (meeting.recapSentAt) return <Badge color="teal" variant="light">{t("meetings.list.recapSent")}</Badge>;
  if (meeting.recapOverdue) return <Badge color="red" variant="filled">{t("meetings.list.recapOverdue")}</Badge>;
  // A date is too long for a badge in a narrow column: plain text wraps instead of being cut off.
  return (
    <Text size="sm" c="dimmed">
      {t("meetings.list.recapDue", { when: formatDateTime(meeting.recapDueAt) })}
    </Text>
  );
}

export function MeetingStatusBadge({ meeting }: { meeting: PartnerMeeting }) {
  const { t } = useTranslation();
  const color = meeting.status === "held" ? "teal" : meeting.status === "cancelled" ? "gray" : "blue";
  return (
    <Badge color={color} variant="light" style={{ flexShrink: 0, overflow: "visible" }}>
      {t(`meetings.status.${meeting.status}`)}
    </Badge>
  );
}

interface MeetingsTableProps {
  caption: string;
  meetings: readonly PartnerMeeting[];
  empty: string;
  onOpen: (meetingId: string) => void;
}

/** One table of meetings (upcoming or past) with a heading, or a sentence saying what to do when it is empty. */
export function MeetingsTable({ caption, meetings, empty, onOpen }: MeetingsTableProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {caption}
      </Title>
      {meetings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <TableHead
              columns={[t("meetings.list.columnTitle"), t("meetings.list.columnKind"), t("meetings.list.columnWhen"), t("meetings.list.columnStatus"), t("meetings.list.columnRecap")]}
              withActions
            />
            <Table.Tbody>
              {meetings.map((meeting) => (
                <Table.Tr key={meeting.id}>
                  <Table.Th scope="row">{meeting.title}</Table.Th>
                  <Table.Td>{t(`meetings.kinds.${meeting.kind}`)}</Table.Td>
                  <Table.Td>
                    <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <MeetingStatusBadge meeting={meeting} />
                  </Table.Td>
                  <Table.Td>
                    <RecapBadge meeting={meeting} />
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Button size="xs" variant="default" onClick={() => onOpen(meeting.id)} aria-label={t("meetings.list.openNamed", { title: meeting.title })}>
                        {t("meetings.list.open")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

import { ActionIcon, Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PartnerMeetingDetail } from "../../../domain/meetings/partner-meetings";
import { Side } from "../../../domain/trust/side";
import { isStatus, problemMessage } from "../../api/problems";
import { notifySuccess, notifyWarning } from "../../components/notify";
import { dateInputOf, instantFromInputs } from "../journeys/zoned-format";
import { useMeetingPeople, useRecordMeeting } from "./api";
import { usePeopleOptions } from "./schedule-dialog";

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Action items fall due at the end of a working day in the writer's zone. */
const dueTime = "17:00";

interface DraftItem {
  id: string;
  title: string;
  ownerUserId: string | null;
  due: string;
}

interface RecordFormProps {
  ws: string;
  meeting: PartnerMeetingDetail;
  /** Staff keep internal notes; partner users never see the field. */
  isStaff: boolean;
  onReload: () => void;
}

/** Notes, decisions and action items of a meeting; "Mark held & save" records that it took place. */
export function RecordForm({ ws, meeting, isStaff, onReload }: RecordFormProps) {
  const { t } = useTranslation();
  const zone = localZone();
  const people = useMeetingPeople(ws, meeting.partnerId);
  const record = useRecordMeeting(ws, meeting.partnerId, meeting.id);
  const [notes, setNotes] = useState(meeting.notes);
  const [internalNotes, setInternalNotes] = useState(meeting.internalNotes ?? "");
  const [decisions, setDecisions] = useState(meeting.decisions.join("\n"));
  const [items, setItems] = useState<DraftItem[]>(meeting.actionItems.map((entry) => ({ id: entry.id, title: entry.title, ownerUserId: entry.owner.userId, due: dateInputOf(entry.dueAt, zone) })));
  const everyone = people.data?.people ?? [];
  // Owners already named keep their place in the picker even if they are no longer listed.
  const known = [...everyone, ...meeting.actionItems.filter((entry) => !everyone.some((person) => person.userId === entry.owner.userId)).map((entry) => ({ userId: entry.owner.userId, name: entry.ownerName, email: "", side: entry.owner.side }))];
  const ownerOptions = usePeopleOptions(known);
  const sideOf = (userId: string) => Side.catch("host").parse(known.find((person) => person.userId === userId)?.side);

  const update = (id: string, change: Partial<DraftItem>) => setItems((list) => list.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));
  const save = (held: boolean) => {
    record.mutate(
      {
        version: meeting.version,
        held,
        notes,
        ...(isStaff ? { internalNotes } : {}),
        decisions: decisions
          .split("\n")
          .map((line) => line.trim())
          .filter((line) => line !== ""),
        actionItems: items.map((entry) => ({
          id: entry.id,
          title: entry.title,
          owner: { side: entry.ownerUserId ? sideOf(entry.ownerUserId) : "host", userId: entry.ownerUserId ?? "" },
          dueAt: instantFromInputs(entry.due, dueTime, zone) ?? "",
        })),
      },
      {
        onSuccess: (result) => {
          notifySuccess(held ? t("meetings.record.savedHeld") : t("meetings.record.saved"));
          if (!result.actionItemsOnJourney) notifyWarning(t("meetings.record.noJourney"));
        },
      },
    );
  };
  const held = meeting.status === "held";
  const started = new Date(meeting.startsAt).getTime() <= Date.now();

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t("meetings.record.title")}
      </Title>
      {record.error !== null && (
        <Alert color="red" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{problemMessage(record.error, t)}</Text>
            {isStatus(record.error, 409) && (
              <Button size="xs" variant="default" onClick={() => { record.reset(); onReload(); }}>
                {t("meetings.record.reload")}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      <Textarea label={t("meetings.record.notes")} description={t("meetings.record.notesHint")} autosize minRows={4} maxLength={20_000} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
      {isStaff && (
        <Textarea label={t("meetings.record.internalNotes")} description={t("meetings.record.internalNotesHint")} autosize minRows={2} maxLength={20_000} value={internalNotes} onChange={(event) => setInternalNotes(event.currentTarget.value)} />
      )}
      <Textarea label={t("meetings.record.decisions")} description={t("meetings.record.decisionsHint")} autosize minRows={2} value={decisions} onChange={(event) => setDecisions(event.currentTarget.value)} />
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t("meetings.record.actionItems")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("meetings.record.actionItemsHint")}
        </Text>
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("meetings.record.noActionItems")}
          </Text>
        )}
        {items.map((entry, index) => (
          <Paper key={entry.id} withBorder p="xs" role="group" aria-label={t("meetings.record.itemN", { n: index + 1 })}>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput style={{ flex: 2, minWidth: 180 }} label={t("meetings.record.itemTitle")} required maxLength={200} value={entry.title} onChange={(event) => update(entry.id, { title: event.currentTarget.value })} />
              <Select style={{ flex: 1, minWidth: 160 }} label={t("meetings.record.itemOwner")} data={ownerOptions} value={entry.ownerUserId} onChange={(value) => update(entry.id, { ownerUserId: value })} searchable required />
              <TextInput type="date" label={t("meetings.record.itemDue")} required value={entry.due} onChange={(event) => update(entry.id, { due: event.currentTarget.value })} />
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t("meetings.record.removeItem", { n: index + 1 })} onClick={() => setItems((list) => list.filter((other) => other.id !== entry.id))}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            {meeting.actionItems.find((stored) => stored.id === entry.id)?.stepId === null && (
              <Text size="xs" c="dimmed" mt={4}>
                {t("meetings.record.notOnJourney")}
              </Text>
            )}
          </Paper>
        ))}
        <Group>
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setItems((list) => [...list, { id: crypto.randomUUID(), title: "", ownerUserId: null, due: "" }])}>
            {t("meetings.record.addItem")}
          </Button>
        </Group>
      </Stack>
      <Group justify="flex-end">
        {!held && (
          <Button variant="default" loading={record.isPending} onClick={() => save(false)}>
            {t("meetings.record.saveOnly")}
          </Button>
        )}
        <Button loading={record.isPending} disabled={!held && !started} onClick={() => save(true)}>
          {held ? t("meetings.record.save") : t("meetings.record.markHeld")}
        </Button>
      </Group>
    </Stack>
  );
}

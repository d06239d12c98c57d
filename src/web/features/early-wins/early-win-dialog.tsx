import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EarlyWin, EarlyWinList } from "../../../domain/alignment/contracts";
import { fieldErrorsOf } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { dateInputOf, instantFromInputs, timeInputOf } from "../journeys/zoned-format";
import { useCreateEarlyWin, useUpdateEarlyWin } from "./api";
import { FailureAlert } from "./failure-alert";

interface Props {
  ws: string;
  partnerId: string;
  list: EarlyWinList;
  /** The early win to change; without one a new one is agreed. */
  win: EarlyWin | null;
  opened: boolean;
  onClose: () => void;
}

interface Values {
  title: string;
  description: string;
  successMeasure: string;
  hostLeadUserId: string | null;
  partnerLeadUserId: string | null;
  date: string;
  time: string;
}

const fields = ["title", "description", "successMeasure", "hostLeadUserId", "partnerLeadUserId", "deadline"];

function valuesOf(win: EarlyWin | null, zone: string): Values {
  return {
    title: win?.title ?? "",
    description: win?.description ?? "",
    successMeasure: win?.successMeasure ?? "",
    hostLeadUserId: win?.hostLead.userId ?? null,
    partnerLeadUserId: win?.partnerLead.userId ?? null,
    date: win ? dateInputOf(win.deadline, zone) : "",
    time: win ? timeInputOf(win.deadline, zone) : "17:00",
  };
}

/** Agree or change an early win; the deadline is typed on the partner's calendar, where the 30 days count. */
export function EarlyWinDialog({ ws, partnerId, list, win, opened, onClose }: Props) {
  const { t } = useTranslation();
  const zone = list.window.timeZone;
  const create = useCreateEarlyWin(ws, partnerId);
  const update = useUpdateEarlyWin(ws, partnerId);
  const mutation = win ? update : create;
  const [values, setValues] = useState<Values>(valuesOf(win, zone));
  useEffect(() => {
    if (opened) setValues(valuesOf(win, zone));
  }, [opened, win?.id, win?.version]);
  const set = <Key extends keyof Values>(key: Key, value: Values[Key]) => setValues((current) => ({ ...current, [key]: value }));
  const errors = fieldErrorsOf(mutation.error, fields);
  const people = (list: { userId: string; name: string }[]) => list.map((person) => ({ value: person.userId, label: person.name }));

  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const deadline = instantFromInputs(values.date, values.time, zone) ?? "";
    const input = { title: values.title, description: values.description, successMeasure: values.successMeasure, hostLeadUserId: values.hostLeadUserId ?? "", partnerLeadUserId: values.partnerLeadUserId ?? "", deadline };
    const done = () => {
      notifySuccess(win ? t("earlyWins.form.updated") : t("earlyWins.form.created"));
      close();
    };
    if (win) update.mutate({ id: win.id, version: win.version, ...input }, { onSuccess: done });
    else create.mutate(input, { onSuccess: done });
  };

  return (
    <AppModal opened={opened} onClose={close} title={win ? t("earlyWins.form.editTitle") : t("earlyWins.form.createTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FailureAlert ws={ws} partnerId={partnerId} error={mutation.error} onReloaded={close} />
          <TextInput label={t("earlyWins.form.title")} value={values.title} onChange={(e) => set("title", e.currentTarget.value)} required error={errors["title"]} />
          <Textarea label={t("earlyWins.form.description")} autosize minRows={2} value={values.description} onChange={(e) => set("description", e.currentTarget.value)} error={errors["description"]} />
          <TextInput label={t("earlyWins.form.successMeasure")} description={t("earlyWins.form.successMeasureHint")} value={values.successMeasure} onChange={(e) => set("successMeasure", e.currentTarget.value)} error={errors["successMeasure"]} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t("earlyWins.form.hostLead")} data={people(list.leadCandidates.host)} value={values.hostLeadUserId} onChange={(value) => set("hostLeadUserId", value)} searchable required error={errors["hostLeadUserId"]} />
            <Select label={t("earlyWins.form.partnerLead")} data={people(list.leadCandidates.partner)} value={values.partnerLeadUserId} onChange={(value) => set("partnerLeadUserId", value)} searchable required error={errors["partnerLeadUserId"]} />
            <TextInput type="date" label={t("earlyWins.form.deadlineDate", { zone })} value={values.date} onChange={(e) => set("date", e.currentTarget.value)} required error={errors["deadline"]} />
            <TextInput type="time" label={t("earlyWins.form.deadlineTime", { zone })} value={values.time} onChange={(e) => set("time", e.currentTarget.value)} required />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {win ? t("earlyWins.form.save") : t("earlyWins.form.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

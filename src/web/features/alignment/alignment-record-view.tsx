import { Alert, Button, Group, List, MultiSelect, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { IconPencil, IconRefresh } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlignmentView } from "../../../domain/alignment/contracts";
import { ApiError } from "../../api/http";
import { fieldErrorsOf, isStatus, problemMessage } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { useEditAlignment } from "./api";

type Content = AlignmentView["content"];
type Field = keyof Content;
const fields: readonly Field[] = ["topObjectives", "concerns", "successLooksLike", "communicationStyle", "timeZones"];

/** The form keeps lists as one item per line; the record keeps them as lists. */
interface Draft {
  topObjectives: string;
  concerns: string;
  successLooksLike: string;
  communicationStyle: string;
  timeZones: string[];
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
const draftOf = (content: Content): Draft => ({ ...content, topObjectives: content.topObjectives.join("\n"), concerns: content.concerns.join("\n") });
const contentOf = (draft: Draft): Content => ({ ...draft, topObjectives: lines(draft.topObjectives), concerns: lines(draft.concerns), successLooksLike: draft.successLooksLike.trim(), communicationStyle: draft.communicationStyle.trim() });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Props {
  ws: string;
  partnerId: string;
  view: AlignmentView;
  canEdit: boolean;
  onReload: () => Promise<unknown>;
}

export function AlignmentRecordView({ ws, partnerId, view, canEdit, onReload }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return editing ? (
    <AlignmentForm ws={ws} partnerId={partnerId} view={view} onDone={() => setEditing(false)} onReload={onReload} />
  ) : (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fields.map((field) => (
          <FieldValue key={field} field={field} value={view.content[field]} />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {view.version === 0 ? t("alignment.record.neverEdited") : t("alignment.record.version", { version: view.version, who: view.updatedBy ?? t("alignment.history.someone") })}
      </Text>
      {canEdit && (
        <Group>
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>
            {t("alignment.record.edit")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function FieldValue({ field, value }: { field: Field; value: string | string[] }) {
  const { t } = useTranslation();
  const empty = value.length === 0;
  return (
    <div>
      <Text size="sm" fw={600}>
        {t(`alignment.fields.${field}`)}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t("alignment.record.notYet")}
        </Text>
      ) : Array.isArray(value) ? (
        <List size="sm">
          {value.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {value}
        </Text>
      )}
    </div>
  );
}

function AlignmentForm({ ws, partnerId, view, onDone, onReload }: Omit<Props, "canEdit"> & { onDone: () => void }) {
  const { t } = useTranslation();
  const edit = useEditAlignment(ws, partnerId);
  const [base, setBase] = useState({ version: view.version, content: view.content });
  const [draft, setDraft] = useState<Draft>(draftOf(view.content));
  const [reloading, setReloading] = useState(false);
  const set = <Key extends keyof Draft>(key: Key, value: Draft[Key]) => setDraft((current) => ({ ...current, [key]: value }));

  // After a reload the record has a newer version: the other side's changes replace every field
  // this editor has not touched, and the editor's own changes stay for them to apply again.
  useEffect(() => {
    if (view.version === base.version) return;
    setDraft((current) => {
      const mine = contentOf(current);
      const merged = { ...view.content };
      for (const field of fields) if (!same(mine[field], base.content[field])) Object.assign(merged, { [field]: mine[field] });
      return draftOf(merged);
    });
    setBase({ version: view.version, content: view.content });
  }, [view.version]);

  const changes = Object.fromEntries(fields.filter((field) => !same(contentOf(draft)[field], base.content[field])).map((field) => [field, contentOf(draft)[field]]));
  const errors = isStatus(edit.error, 400) ? fieldErrorsOf(edit.error, ["changes"]) : {};
  const perField = (field: Field) => (edit.error instanceof ApiError && edit.error.status === 400 ? edit.error.problem.errors?.find((e) => e.path.startsWith(`body.changes.${field}`))?.message : undefined);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (Object.keys(changes).length === 0) return onDone();
    edit.mutate({ versionRead: base.version, changes }, { onSuccess: () => (notifySuccess(t("alignment.record.saved")), onDone()) });
  };
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
      edit.reset();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("alignment.record.formTitle")}>
      <Stack gap="sm">
        {isStatus(edit.error, 409) ? (
          <ConflictNotice error={edit.error} onReload={() => void reload()} reloading={reloading} />
        ) : (
          edit.error !== null && (
            <Alert color="red" role="alert">
              {errors["changes"] ?? problemMessage(edit.error, t)}
            </Alert>
          )
        )}
        <Textarea label={t("alignment.fields.topObjectives")} description={t("alignment.record.onePerLine", { max: 5 })} autosize minRows={2} value={draft.topObjectives} onChange={(e) => set("topObjectives", e.currentTarget.value)} error={perField("topObjectives")} />
        <Textarea label={t("alignment.fields.concerns")} description={t("alignment.record.onePerLine", { max: 10 })} autosize minRows={2} value={draft.concerns} onChange={(e) => set("concerns", e.currentTarget.value)} error={perField("concerns")} />
        <Textarea label={t("alignment.fields.successLooksLike")} autosize minRows={2} value={draft.successLooksLike} onChange={(e) => set("successLooksLike", e.currentTarget.value)} error={perField("successLooksLike")} />
        <Textarea label={t("alignment.fields.communicationStyle")} autosize minRows={2} value={draft.communicationStyle} onChange={(e) => set("communicationStyle", e.currentTarget.value)} error={perField("communicationStyle")} />
        <MultiSelect label={t("alignment.fields.timeZones")} data={Intl.supportedValuesOf("timeZone")} value={draft.timeZones} onChange={(value) => set("timeZones", value)} searchable maxValues={10} error={perField("timeZones")} />
        <Group>
          <Button type="submit" size="xs" loading={edit.isPending}>
            {t("alignment.record.save")}
          </Button>
          <Button variant="default" size="xs" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A 409: the other side saved first. Show what they changed, keep this editor's words, offer to load theirs. */
function ConflictNotice({ error, onReload, reloading }: { error: unknown; onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  const changed = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <Alert color="orange" title={t("alignment.conflict.title")} role="alert">
      <Text size="sm">{t("alignment.conflict.detail")}</Text>
      {changed.length > 0 && (
        <List size="sm" mt="xs">
          {changed.map((change) => (
            <List.Item key={`${change.path}-${change.message}`}>
              <strong>{t(`alignment.fields.${change.path.replace(/^body\.changes\./, "")}`, { defaultValue: change.path })}</strong>: {change.message}
            </List.Item>
          ))}
        </List>
      )}
      <Group mt="sm">
        <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onReload} loading={reloading}>
          {t("alignment.conflict.reload")}
        </Button>
      </Group>
    </Alert>
  );
}

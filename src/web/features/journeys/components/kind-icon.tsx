import { Tooltip } from "@mantine/core";
import { IconCalendarEvent, IconChecklist, IconCircleDot, IconFileText, IconFlag, IconForms, IconGavel, IconUpload, type Icon } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** Kinds added later (training, deal) fall back to a plain dot and their code as the name. */
const kindIcons: Record<string, Icon> = {
  task: IconChecklist,
  approval_gate: IconGavel,
  upload_request: IconUpload,
  form: IconForms,
  document_acknowledgement: IconFileText,
  milestone: IconFlag,
  meeting: IconCalendarEvent,
};

const kindKeys = {
  task: "journeys.kinds.task",
  approval_gate: "journeys.kinds.approvalGate",
  upload_request: "journeys.kinds.uploadRequest",
  form: "journeys.kinds.form",
  document_acknowledgement: "journeys.kinds.documentAcknowledgement",
  milestone: "journeys.kinds.milestone",
  meeting: "journeys.kinds.meeting",
} as const;

function isKnownKind(kind: string): kind is keyof typeof kindKeys {
  return Object.hasOwn(kindKeys, kind);
}

export function useKindLabel() {
  const { t } = useTranslation();
  return (kind: string) => (isKnownKind(kind) ? t(kindKeys[kind]) : kind.replaceAll("_", " "));
}

/** The step kind as an icon whose name is read out (and shown on hover). */
export function KindIcon({ kind, size = 18 }: { kind: string; size?: number }) {
  const label = useKindLabel()(kind);
  const KindGlyph = kindIcons[kind] ?? IconCircleDot;
  return (
    <Tooltip label={label} withArrow>
      <span role="img" aria-label={label} style={{ display: "inline-flex", color: "var(--mantine-color-dimmed)" }}>
        <KindGlyph size={size} aria-hidden />
      </span>
    </Tooltip>
  );
}

import { Button, Group, Select, TextInput } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CalibrationReport } from "../../../domain/calibration/contracts";
import type { CalibrationSearch } from "./search";

/** Kit, stage and days: which interviews the figures are computed over. */
export function CalibrationFilters({ search, kits, onChange }: { search: CalibrationSearch; kits: CalibrationReport["kits"]; onChange: (changes: Partial<CalibrationSearch>) => void }) {
  const { t } = useTranslation();
  const kit = kits.find((candidate) => candidate.id === search.kitId);
  // Without a kit, every stage key any kit uses (the same key means the same stage across kits).
  const stages = kit ? kit.stages : [...new Map(kits.flatMap((candidate) => candidate.stages).map((stage) => [stage.key, stage])).values()];
  const filtered = Boolean(search.kitId || search.stageKey || search.from || search.to);
  const day = (value: string) => (/^\d{4}-\d\d-\d\d$/.test(value) ? value : undefined);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md" role="group" aria-label={t("calibration.filters.label")}>
      <Select
        label={t("calibration.filters.kit")}
        placeholder={t("calibration.filters.any")}
        data={kits.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        value={search.kitId ?? null}
        onChange={(value) => onChange({ kitId: value ?? undefined, stageKey: undefined })}
        clearable
        w={{ base: "100%", xs: 220 }}
      />
      <Select
        label={t("calibration.filters.stage")}
        placeholder={t("calibration.filters.any")}
        data={stages.map((stage) => ({ value: stage.key, label: stage.name }))}
        value={search.stageKey ?? null}
        onChange={(value) => onChange({ stageKey: value ?? undefined })}
        clearable
        w={{ base: "100%", xs: 200 }}
      />
      <TextInput type="date" label={t("calibration.filters.from")} value={search.from ?? ""} max={search.to} onChange={(event) => onChange({ from: day(event.currentTarget.value) })} w={{ base: "100%", xs: 170 }} />
      <TextInput type="date" label={t("calibration.filters.to")} value={search.to ?? ""} min={search.from} onChange={(event) => onChange({ to: day(event.currentTarget.value) })} w={{ base: "100%", xs: 170 }} />
      {filtered && (
        <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={() => onChange({ kitId: undefined, stageKey: undefined, from: undefined, to: undefined })}>
          {t("calibration.filters.clear")}
        </Button>
      )}
    </Group>
  );
}

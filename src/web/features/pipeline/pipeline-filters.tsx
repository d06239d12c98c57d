import { Button, Group, Select } from "@mantine/core";
import { IconSearch, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { lifecycleStages } from "../../../domain/partners/lifecycle";
import type { PartnerSettings } from "../../../domain/partners/schemas";
import type { StaffUser } from "../../../domain/workspaces/schemas";
import { DebouncedTextInput } from "../../components/debounced-text-input";
import { stageKey } from "../../i18n/labels";
import type { PipelineSearch } from "./search";

interface PipelineFiltersProps {
  search: PipelineSearch;
  settings: PartnerSettings | undefined;
  programs: { id: string; name: string }[] | undefined;
  staff: StaffUser[] | undefined;
  onChange: (changes: Partial<PipelineSearch>, options?: { replace?: boolean }) => void;
}

export const noFilters = { q: undefined, programId: undefined, ownerUserId: undefined, typeId: undefined, stage: undefined } as const;

/** Search, program, owner and type for both views; the table also filters by stage. */
export function PipelineFilters({ search, settings, programs, staff, onChange }: PipelineFiltersProps) {
  const { t } = useTranslation();
  const table = search.view === "table";
  const hasFilters = Boolean(search.q || search.programId || search.ownerUserId || search.typeId || (table && search.stage));
  const owners = [{ value: "none", label: t("pipeline.filters.nobody") }, ...(staff ?? []).filter((user) => user.role !== "interviewer").map((user) => ({ value: user.userId, label: user.name }))];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <DebouncedTextInput
        label={t("pipeline.filters.search")}
        placeholder={t("pipeline.filters.searchPlaceholder")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search.q}
        onSettled={(q) => onChange({ q }, { replace: true })}
        type="search"
        w={{ base: "100%", sm: 220 }}
      />
      <Select
        label={t("pipeline.filters.program")}
        placeholder={t("pipeline.filters.any")}
        data={programs?.map((program) => ({ value: program.id, label: program.name })) ?? []}
        value={search.programId ?? null}
        onChange={(value) => onChange({ programId: value ?? undefined })}
        clearable
        w={{ base: "calc(50% - 6px)", xs: 190 }}
      />
      {staff && (
        <Select
          label={t("pipeline.filters.owner")}
          placeholder={t("pipeline.filters.anyone")}
          data={owners}
          value={search.ownerUserId ?? null}
          onChange={(value) => onChange({ ownerUserId: value ?? undefined })}
          clearable
          searchable
          w={{ base: "calc(50% - 6px)", xs: 170 }}
        />
      )}
      <Select
        label={t("pipeline.filters.type")}
        placeholder={t("pipeline.filters.any")}
        data={settings?.types.map((type) => ({ value: type.id, label: type.name })) ?? []}
        value={search.typeId ?? null}
        onChange={(value) => onChange({ typeId: value ?? undefined })}
        clearable
        w={{ base: "calc(50% - 6px)", xs: 170 }}
      />
      {table && (
        <Select
          label={t("partners.fields.stage")}
          placeholder={t("pipeline.filters.any")}
          data={lifecycleStages.map((stage) => ({ value: stage, label: t(stageKey(stage)) }))}
          value={search.stage ?? null}
          onChange={(value) => onChange({ stage: lifecycleStages.find((stage) => stage === value) })}
          clearable
          w={{ base: "calc(50% - 6px)", xs: 150 }}
        />
      )}
      {hasFilters && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={14} aria-hidden />} onClick={() => onChange(noFilters)}>
          {t("pipeline.filters.clear")}
        </Button>
      )}
    </Group>
  );
}

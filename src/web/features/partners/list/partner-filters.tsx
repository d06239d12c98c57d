import { Button, Group, Select } from "@mantine/core";
import { IconSearch, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { lifecycleStages } from "../../../../domain/partners/lifecycle";
import type { PartnerSettings } from "../../../../domain/partners/schemas";
import type { StaffUser } from "../../../../domain/workspaces/schemas";
import { DebouncedTextInput } from "../../../components/debounced-text-input";
import { stageKey } from "../../../i18n/labels";
import type { PartnersSearch } from "../search";

type Filters = Omit<PartnersSearch, "sort" | "page">;

interface PartnerFiltersProps {
  search: PartnersSearch;
  settings: PartnerSettings | undefined;
  staff: StaffUser[] | undefined;
  onChange: (filters: Filters, options?: { replace?: boolean }) => void;
}

/** The search box and the filters; every change goes to the URL. */
export function PartnerFilters({ search, settings, staff, onChange }: PartnerFiltersProps) {
  const { t } = useTranslation();
  const hasFilters = Boolean(search.q || search.stage || search.typeId || search.tierId || search.ownerUserId);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <DebouncedTextInput
        label={t("partners.filters.search")}
        placeholder={t("partners.filters.searchPlaceholder")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search.q}
        onSettled={(q) => onChange({ q }, { replace: true })}
        type="search"
        w={{ base: "100%", sm: 240 }}
      />
      <Select
        label={t("partners.fields.stage")}
        placeholder={t("partners.filters.any")}
        data={lifecycleStages.map((stage) => ({ value: stage, label: t(stageKey(stage)) }))}
        value={search.stage ?? null}
        onChange={(value) => onChange({ stage: lifecycleStages.find((stage) => stage === value) })}
        clearable
        w={{ base: "calc(50% - 6px)", xs: 150 }}
      />
      <Select
        label={t("partners.fields.type")}
        placeholder={t("partners.filters.any")}
        data={settings?.types.map((type) => ({ value: type.id, label: type.name })) ?? []}
        value={search.typeId ?? null}
        onChange={(value) => onChange({ typeId: value ?? undefined })}
        clearable
        w={{ base: "calc(50% - 6px)", xs: 180 }}
      />
      <Select
        label={t("partners.fields.tier")}
        placeholder={t("partners.filters.any")}
        data={settings?.tiers.map((tier) => ({ value: tier.id, label: tier.name })) ?? []}
        value={search.tierId ?? null}
        onChange={(value) => onChange({ tierId: value ?? undefined })}
        clearable
        w={{ base: "calc(50% - 6px)", xs: 140 }}
      />
      {staff && (
        <Select
          label={t("partners.fields.owner")}
          placeholder={t("partners.filters.anyone")}
          data={staff.map((user) => ({ value: user.userId, label: user.name }))}
          value={search.ownerUserId ?? null}
          onChange={(value) => onChange({ ownerUserId: value ?? undefined })}
          clearable
          searchable
          w={{ base: "calc(50% - 6px)", xs: 170 }}
        />
      )}
      {hasFilters && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={() => onChange({ q: undefined, stage: undefined, typeId: undefined, tierId: undefined, ownerUserId: undefined })}
        >
          {t("partners.filters.clear")}
        </Button>
      )}
    </Group>
  );
}

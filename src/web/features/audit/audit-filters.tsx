import { Button, Group, Select, TextInput } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { StaffUser } from "../../../domain/workspaces/schemas";
import { DebouncedTextInput } from "../../components/debounced-text-input";
import type { AuditSearch } from "./search";

type Filters = Omit<AuditSearch, "page">;

export function AuditFilters({ search, staff, onChange }: { search: AuditSearch; staff: StaffUser[] | undefined; onChange: (filters: Filters) => void }) {
  const { t } = useTranslation();
  const any = Boolean(search.action || search.entityType || search.entityId || search.actorUserId || search.from || search.to);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <DebouncedTextInput label={t("audit.filters.action")} placeholder="partner.updated" value={search.action} onSettled={(action) => onChange({ action })} w={{ base: "100%", xs: 170 }} />
      <DebouncedTextInput label={t("audit.filters.entityType")} placeholder="partner" value={search.entityType} onSettled={(entityType) => onChange({ entityType })} w={{ base: "100%", xs: 130 }} />
      <DebouncedTextInput label={t("audit.filters.entityId")} value={search.entityId} onSettled={(entityId) => onChange({ entityId })} w={{ base: "100%", xs: 160 }} />
      {staff && (
        <Select
          label={t("audit.filters.actor")}
          placeholder={t("partners.filters.anyone")}
          data={staff.map((user) => ({ value: user.userId, label: user.name }))}
          value={search.actorUserId ?? null}
          onChange={(value) => onChange({ actorUserId: value ?? undefined })}
          searchable
          clearable
          w={{ base: "100%", xs: 170 }}
        />
      )}
      <TextInput label={t("audit.filters.from")} type="date" value={search.from ?? ""} onChange={(event) => onChange({ from: event.currentTarget.value || undefined })} w={{ base: "100%", xs: 140 }} />
      <TextInput label={t("audit.filters.to")} type="date" value={search.to ?? ""} onChange={(event) => onChange({ to: event.currentTarget.value || undefined })} w={{ base: "100%", xs: 140 }} />
      {any && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={() => onChange({ action: undefined, entityType: undefined, entityId: undefined, actorUserId: undefined, from: undefined, to: undefined })}
        >
          {t("partners.filters.clear")}
        </Button>
      )}
    </Group>
  );
}

import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isPartnerRole, type OwnerRole } from "../../../../domain/journeys/template/owner";
import type { Assignee } from "../../../../domain/journeys/contracts";

interface OwnerSelectProps {
  label: string;
  assignees: readonly Assignee[] | undefined;
  /** Only people of the side the role belongs to can own the step. */
  role: OwnerRole;
  value: string | null;
  onChange: (userId: string | null) => void;
  placeholder?: string;
  clearable?: boolean;
  required?: boolean;
  error?: string | null;
  /** In a table row whose step names it: the label is read out but not shown. */
  hiddenLabel?: boolean;
}

export function OwnerSelect({ label, assignees, role, value, onChange, placeholder, clearable, required, error, hiddenLabel }: OwnerSelectProps) {
  const { t } = useTranslation();
  const side = isPartnerRole(role) ? "partner" : "host";
  const data = (assignees ?? []).filter((person) => person.side === side).map((person) => ({ value: person.userId, label: `${person.name} (${person.email})` }));
  return (
    <Select
      label={hiddenLabel ? undefined : label}
      aria-label={hiddenLabel ? label : undefined}
      data={data}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      clearable={clearable}
      required={required}
      error={error}
      searchable
      nothingFoundMessage={t("common.nothingFound")}
      disabled={!assignees}
    />
  );
}

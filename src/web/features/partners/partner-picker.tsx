import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePartnerList } from "./api";

interface PartnerPickerProps {
  ws: string;
  value: string | null;
  onChange: (partnerId: string | null) => void;
  label: string;
  placeholder: string;
  /** Required pickers cannot be cleared; optional ones can. */
  required?: boolean;
  error?: string;
}

/** Choose a partner by name: the list searches the server as you type. */
export function PartnerPicker({ ws, value, onChange, label, placeholder, required = false, error }: PartnerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [query] = useDebouncedValue(search.trim(), 250);
  const list = usePartnerList(ws, { q: query || undefined, sort: "name" });
  const data = (list.data?.items ?? []).map((partner) => ({ value: partner.id, label: partner.name }));
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t("common.nothingFound")}
      required={required}
      clearable={!required}
      error={error}
    />
  );
}

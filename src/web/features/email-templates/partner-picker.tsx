import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePartnerList } from "../partners/api";

interface PartnerPickerProps {
  ws: string;
  value: string | null;
  onChange: (partnerId: string | null) => void;
}

/** Choose a partner by name: the list searches the server as you type. */
export function PartnerPicker({ ws, value, onChange }: PartnerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [query] = useDebouncedValue(search.trim(), 250);
  const list = usePartnerList(ws, { q: query || undefined, sort: "name" });
  const data = (list.data?.items ?? []).map((partner) => ({ value: partner.id, label: partner.name }));
  return (
    <Select
      label={t("emailTemplates.preview.partner")}
      placeholder={t("emailTemplates.preview.partnerPlaceholder")}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t("common.nothingFound")}
      clearable
    />
  );
}

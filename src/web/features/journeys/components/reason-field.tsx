import { Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The reason every change with consequences asks for; it goes into the journey's history. */
export function ReasonField({ value, onChange, label, error }: { value: string; onChange: (value: string) => void; label?: string; error?: string | null }) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={label ?? t("journeys.reason.label")}
      description={t("journeys.reason.hint")}
      required
      autosize
      minRows={2}
      maxLength={1000}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-autofocus
    />
  );
}

import { Group, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A date and a time typed as the partner's clock shows them; the zone is named beside the time. */
export function ZonedDateTime({ date, time, zone, onDate, onTime, error }: { date: string; time: string; zone: string; onDate: (value: string) => void; onTime: (value: string) => void; error?: string | null }) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start" gap="sm">
      <TextInput type="date" label={t("journeys.dates.date")} required value={date} onChange={(event) => onDate(event.currentTarget.value)} error={error} />
      <TextInput type="time" label={t("journeys.dates.time", { zone })} required value={time} onChange={(event) => onTime(event.currentTarget.value)} />
    </Group>
  );
}

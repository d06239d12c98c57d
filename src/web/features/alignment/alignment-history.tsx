import { Details } from "./details";
import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AlignmentHistoryEntry } from "../../../domain/alignment/contracts";
import { formatDateTime } from "../../i18n/format";

/** The record's history as sentences: who (and which side) changed which field, from what to what. */
export function AlignmentHistory({ history }: { history: AlignmentHistoryEntry[] }) {
  const { t } = useTranslation();
  return (
    <Details summary={t("alignment.history.title", { count: history.length })}>
      {history.length === 0 ? (
        <Text size="sm">{t("alignment.history.empty")}</Text>
      ) : (
        <List size="sm" spacing={6} aria-label={t("alignment.history.label")}>
          {history.map((entry, index) => (
            <List.Item key={`${String(entry.version)}-${entry.field}-${String(index)}`}>
              {t("alignment.history.entry", {
                version: entry.version,
                who: entry.by ?? t("alignment.history.someone"),
                side: t(`alignment.side.${entry.side}`),
                when: formatDateTime(entry.at),
                field: t(`alignment.fields.${entry.field}`, { defaultValue: entry.field }),
                from: entry.from || t("alignment.history.emptyValue"),
                to: entry.to || t("alignment.history.emptyValue"),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Details>
  );
}

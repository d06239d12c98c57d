import { Code, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** Keys whose value differs first; unchanged keys after them. */
export function changedKeys(before: unknown, after: unknown): { key: string; before: unknown; after: unknown; changed: boolean }[] {
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys
    .map((key) => ({ key, before: left[key], after: right[key], changed: JSON.stringify(left[key]) !== JSON.stringify(right[key]) }))
    .sort((a, b) => Number(b.changed) - Number(a.changed));
}

/** Before and after, field by field, with what changed marked. */
export function ChangeDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  if (!isRecord(before) && !isRecord(after)) {
    return (
      <Code block>
        {JSON.stringify({ before, after }, null, 2)}
      </Code>
    );
  }
  const rows = changedKeys(before, after);
  return (
    <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">{t("audit.diff.field")}</Table.Th>
          <Table.Th>{t("audit.diff.before")}</Table.Th>
          <Table.Th>{t("audit.diff.after")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} bg={row.changed && isRecord(before) && isRecord(after) ? "yellow.0" : undefined}>
            <Table.Td>
              <Text size="xs" ff="monospace" fw={row.changed ? 700 : 400}>
                {row.key}
              </Text>
            </Table.Td>
            <Table.Td style={{ wordBreak: "break-word" }}>{show(row.before)}</Table.Td>
            <Table.Td style={{ wordBreak: "break-word" }}>{show(row.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { Table, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * The header row of our tables: the column titles, then (when the rows have buttons) an actions
 * column whose title only screen readers hear.
 */
export function TableHead({ columns, withActions = false }: { columns: string[]; withActions?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th key={column}>{column}</Table.Th>
        ))}
        {withActions && (
          <Table.Th>
            <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
          </Table.Th>
        )}
      </Table.Tr>
    </Table.Thead>
  );
}

import { Group, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface PaginationFooterProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** "Showing 26–50 of 212" and the page buttons. */
export function PaginationFooter({ page, pageSize, total, onChange }: PaginationFooterProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("common.showing", { first, last, total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          size="sm"
          getControlProps={(control) => ({ "aria-label": control === "previous" ? t("common.previousPage") : control === "next" ? t("common.nextPage") : control })}
          getItemProps={(item) => ({ "aria-label": t("common.pageN", { page: item }) })}
        />
      )}
    </Group>
  );
}

import { Group, Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconArrowsSort } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { partnerSorts } from "../../../../domain/partners/schemas";

type Sort = (typeof partnerSorts)[number];
type SortKey = Exclude<Sort, `-${string}`>;

interface SortableThProps {
  column: SortKey;
  sort: Sort;
  onSort: (sort: Sort) => void;
  /** Dates read best newest first, names A→Z. */
  firstDirection?: "asc" | "desc";
  children: ReactNode;
}

/** A column header that sorts: a real button inside, aria-sort on the header cell. */
export function SortableTh({ column, sort, onSort, firstDirection = "asc", children }: SortableThProps) {
  const direction = sort === column ? "ascending" : sort === `-${column}` ? "descending" : "none";
  const next: Sort = direction === "none" ? (firstDirection === "asc" ? column : `-${column}`) : direction === "ascending" ? `-${column}` : column;
  const Icon = direction === "ascending" ? IconArrowUp : direction === "descending" ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th aria-sort={direction}>
      <UnstyledButton onClick={() => onSort(next)} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap">
          {children}
          <Icon size={14} aria-hidden style={{ opacity: direction === "none" ? 0.4 : 1 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

import { Table } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on narrow screens. The scrolling box takes focus and has a
 * name, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollableTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}

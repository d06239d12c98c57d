import { Box } from "@mantine/core";
import type { ReactNode } from "react";

/** A native disclosure (keyboard and screen readers know it) for long, secondary lists. */
export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <Box component="details">
      <Box component="summary" style={{ cursor: "pointer" }} fz="sm" fw={600} mb="xs">
        {summary}
      </Box>
      {children}
    </Box>
  );
}

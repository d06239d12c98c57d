import { Progress } from "@mantine/core";

/** Mantine's bar with the name on the element that carries role="progressbar" (the section), so screen readers and axe find it. */
export function LabelledProgress({ value, labelledBy, size = "md" }: { value: number; labelledBy: string; size?: "sm" | "md" | "lg" }) {
  return (
    <Progress.Root size={size} mt={4}>
      <Progress.Section value={value} aria-labelledby={labelledBy} />
    </Progress.Root>
  );
}

import { List, Text } from "@mantine/core";
import type { AgendaGuide } from "../../../domain/trust/agenda-guides";

/** The agenda items of a meeting kind's guide, each with what to listen for. */
export function AgendaGuideItems({ guide }: { guide: AgendaGuide }) {
  return (
    <List size="sm">
      {guide.items.map((entry) => (
        <List.Item key={entry.title}>
          <Text span size="sm" fw={600}>
            {entry.title}:
          </Text>{" "}
          {entry.guidance}
        </List.Item>
      ))}
    </List>
  );
}

import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconAffiliate } from "@tabler/icons-react";

export function Brand({ workspaceName }: { workspaceName: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size="md" radius="md" aria-hidden>
        <IconAffiliate size={18} />
      </ThemeIcon>
      <Text fw={700} size="md">
        Accord
      </Text>
      <Text c="dimmed" size="sm" visibleFrom="xs" truncate maw={260}>
        {workspaceName}
      </Text>
    </Group>
  );
}

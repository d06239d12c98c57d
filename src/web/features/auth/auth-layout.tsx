import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAffiliate } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** The frame of every signed-out page: the product's name, a heading, one card. */
export function AuthLayout({ title, description, children, width = 420 }: { title: string; description?: ReactNode; children: ReactNode; width?: number }) {
  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Stack w="100%" maw={width} gap="lg">
        <Group justify="center" gap="xs">
          <ThemeIcon size="lg" radius="md" aria-hidden>
            <IconAffiliate size={20} />
          </ThemeIcon>
          <Text fw={700} size="xl">
            Accord
          </Text>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="md">
            <div>
              <Title order={1} size="h3">
                {title}
              </Title>
              {description && (
                <Text c="dimmed" size="sm" mt={4}>
                  {description}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}

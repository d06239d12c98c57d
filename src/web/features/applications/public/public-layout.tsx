import { Box, Container, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAffiliate, IconCompass } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isStatus } from "../../../api/problems";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";

/** The frame of the public pages: the workspace's name on top, one readable column, no app chrome. */
export function PublicLayout({ workspaceName, children }: { workspaceName?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" bg="white" py="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Container size="md">
          <Group gap="xs">
            <ThemeIcon size="md" radius="md" aria-hidden>
              <IconAffiliate size={18} />
            </ThemeIcon>
            <Text fw={700}>{workspaceName ?? "Accord"}</Text>
          </Group>
        </Container>
      </Box>
      <Container size="md" py="xl" component="main">
        {children}
      </Container>
      <Container size="md" pb="xl" component="footer">
        <Text size="xs" c="dimmed">
          {t("applications.public.poweredBy")}
        </Text>
      </Container>
    </Box>
  );
}

/** Loading, a friendly "not available" for a 404 (closed, unpublished or unknown), or the error with a retry. */
export function PublicQueryState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!error) return <PageLoader />;
  if (isStatus(error, 404)) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Stack align="center" ta="center" gap="sm">
          <IconCompass size={40} aria-hidden />
          <Title order={1} size="h3">
            {t("applications.public.notOpenTitle")}
          </Title>
          <Text c="dimmed" size="sm" maw={480}>
            {t("applications.public.notOpen")}
          </Text>
        </Stack>
      </Paper>
    );
  }
  return <QueryError error={error} onRetry={onRetry} />;
}

/** Text an admin wrote, shown as written: line breaks kept, never markup. */
export function PlainText({ children, size = "md" }: { children: string; size?: "sm" | "md" }) {
  return (
    <Text size={size} style={{ whiteSpace: "pre-wrap" }}>
      {children}
    </Text>
  );
}

import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

interface PublicLinkProps {
  title: string;
  live: boolean;
  liveLabel: string;
  offLabel: string;
  offHint: string;
  path: string;
}

function PublicLink({ title, live, liveLabel, offLabel, offHint, path }: PublicLinkProps) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${path}`;
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={2} size="h5">
            {title}
          </Title>
          <Badge color={live ? "green" : "gray"} variant="light">
            {live ? liveLabel : offLabel}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t("applications.recruiting.publicLink")}
        </Text>
        <Text size="sm" ff="monospace" style={{ wordBreak: "break-all" }}>
          {url}
        </Text>
        <Text size="xs" c="dimmed">
          {live ? t("applications.recruiting.copyHint") : offHint}
        </Text>
        <Anchor href={path} target="_blank" rel="noopener" size="sm">
          <Group gap={4} component="span">
            {t("applications.recruiting.openLink")}
            <IconExternalLink size={14} aria-hidden />
          </Group>
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** Where prospects find the form and the partnering page, and whether they can reach them now. */
export function PublicLinks({ formOpen, pagePublished, paths }: { formOpen: boolean; pagePublished: boolean; paths: { form: string; partneringPage: string } }) {
  const { t } = useTranslation();
  const r = "applications.recruiting" as const;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <PublicLink title={t(`${r}.formStatus`)} live={formOpen} liveLabel={t(`${r}.open`)} offLabel={t(`${r}.closed`)} offHint={t(`${r}.notShared`)} path={paths.form} />
      <PublicLink title={t(`${r}.pageStatus`)} live={pagePublished} liveLabel={t(`${r}.published`)} offLabel={t(`${r}.draft`)} offHint={t(`${r}.pageNotShared`)} path={paths.partneringPage} />
    </SimpleGrid>
  );
}

import { Button, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCompass, IconLock, IconAlertTriangle } from "@tabler/icons-react";
import { type ErrorComponentProps, useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isStatus, problemMessage } from "../api/problems";
import { AnchorLink } from "../components/router-links";

function FallbackCard({ icon, title, message, children }: { icon: React.ReactNode; title: string; message: string; children?: React.ReactNode }) {
  return (
    <Center mih="60vh" p="md" component="main">
      <Paper withBorder p="xl" radius="md" maw={480} w="100%">
        <Stack align="center" ta="center" gap="sm">
          {icon}
          <Title order={1} size="h3">
            {title}
          </Title>
          <Text c="dimmed" size="sm">
            {message}
          </Text>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <FallbackCard icon={<IconCompass size={40} aria-hidden />} title={t("errors.pageNotFoundTitle")} message={t("errors.pageNotFound")}>
      <AnchorLink to="/">{t("common.goHome")}</AnchorLink>
    </FallbackCard>
  );
}

/** A route that failed to load: no access, gone, or broken — each said plainly. */
export function RouteErrorPage({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  if (isStatus(error, 404)) {
    return (
      <FallbackCard icon={<IconCompass size={40} aria-hidden />} title={t("errors.notFoundTitle")} message={problemMessage(error, t)}>
        <AnchorLink to="/">{t("common.goHome")}</AnchorLink>
      </FallbackCard>
    );
  }
  if (isStatus(error, 403)) {
    return (
      <FallbackCard icon={<IconLock size={40} aria-hidden />} title={t("errors.forbiddenTitle")} message={problemMessage(error, t)}>
        <AnchorLink to="/">{t("common.goHome")}</AnchorLink>
      </FallbackCard>
    );
  }
  return (
    <FallbackCard icon={<IconAlertTriangle size={40} aria-hidden />} title={t("errors.loadFailedTitle")} message={problemMessage(error, t)}>
      <Group>
        <Button variant="default" onClick={() => void router.invalidate()}>
          {t("common.retry")}
        </Button>
        <AnchorLink to="/">{t("common.goHome")}</AnchorLink>
      </Group>
    </FallbackCard>
  );
}

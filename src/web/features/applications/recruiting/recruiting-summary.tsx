import { Badge, Group, Text, Title } from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Program } from "../../../../domain/programs/schemas";
import { ButtonLink } from "../../../components/router-links";
import { useFormConfig, usePageConfig } from "../api";

/** On a program's card: whether its application form is open and its page published, and the way to both. */
export function RecruitingSummary({ ws, program }: { ws: string; program: Program }) {
  const { t } = useTranslation();
  const form = useFormConfig(ws, program.id);
  const page = usePageConfig(ws, program.id);
  const r = "applications.recruiting" as const;
  return (
    <>
      <Title order={3} size="h5" mt="lg">
        {t(`${r}.link`)}
      </Title>
      <Group justify="space-between" mt="xs">
        <Group gap="xs">
          {form.data && (
            <Badge variant="light" color={form.data.open ? "green" : "gray"}>
              {t(`${r}.formStatus`)}: {form.data.open ? t(`${r}.open`) : t(`${r}.closed`)}
            </Badge>
          )}
          {page.data && (
            <Badge variant="light" color={page.data.published ? "green" : "gray"}>
              {t(`${r}.pageStatus`)}: {page.data.published ? t(`${r}.published`) : t(`${r}.draft`)}
            </Badge>
          )}
          {(form.error ?? page.error) && (
            <Text size="xs" c="dimmed">
              {t("errors.loadFailedTitle")}
            </Text>
          )}
        </Group>
        <ButtonLink to="/w/$ws/programs/$programId/recruiting" params={{ ws, programId: program.id }} variant="default" size="xs" leftSection={<IconUserPlus size={14} aria-hidden />} aria-label={t(`${r}.linkNamed`, { program: program.name })}>
          {t(`${r}.link`)}
        </ButtonLink>
      </Group>
    </>
  );
}

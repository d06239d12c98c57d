import { Button, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UpgradePreview } from "../../../../domain/journeys/contracts";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { useUpgradeJourney, useUpgradePreview } from "../api";
import { ActionError } from "../components/action-error";
import { useJourneyContext } from "../journey-context";

function Section({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <List size="sm" spacing={2}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

function PreviewBody({ preview }: { preview: UpgradePreview }) {
  const { t } = useTranslation();
  const nothing = preview.added.length + preview.removed.length + preview.changed.length === 0;
  return (
    <Stack gap="sm">
      <Text size="sm">{t("journeys.upgrade.intro", { from: preview.fromVersion, to: preview.toVersion })}</Text>
      {nothing && <Text size="sm">{t("journeys.upgrade.noStepChanges")}</Text>}
      <Section title={t("journeys.upgrade.added", { count: preview.added.length })} items={preview.added.map((step) => step.title)} />
      <Section
        title={t("journeys.upgrade.removed", { count: preview.removed.length })}
        items={preview.removed.map((step) => t("journeys.upgrade.removedStep", { title: step.title, status: t(`journeys.stepStatus.${step.status}`) }))}
      />
      <Section
        title={t("journeys.upgrade.changed", { count: preview.changed.length })}
        items={preview.changed.map((step) => t("journeys.upgrade.changedStep", { title: step.title, fields: step.fields.join(", ") }))}
      />
      <Text size="sm" c="dimmed">
        {t("journeys.upgrade.kept", { count: preview.kept })}
      </Text>
    </Stack>
  );
}

/** Shows what moving to the latest template version adds, removes and changes before anything moves. */
export function UpgradeDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { ws, partnerId, journey, reload } = useJourneyContext();
  const toVersion = journey.latestTemplateVersion;
  const preview = useUpgradePreview(ws, partnerId, journey.id, toVersion, true);
  const upgrade = useUpgradeJourney(ws, partnerId, journey.id);

  const confirm = () =>
    upgrade.mutate(
      { version: journey.version, toVersion },
      {
        onSuccess: () => {
          notifySuccess(t("journeys.upgrade.done", { version: toVersion }));
          onClose();
        },
      },
    );

  return (
    <AppModal opened onClose={onClose} title={t("journeys.upgrade.title", { version: toVersion })} size="lg">
      <Stack>
        {preview.error ? <QueryError error={preview.error} onRetry={() => void preview.refetch()} /> : preview.isPending ? <PageLoader /> : <PreviewBody preview={preview.data} />}
        <ActionError error={upgrade.error} onReload={reload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={confirm} disabled={!preview.data} loading={upgrade.isPending}>
            {t("journeys.upgrade.confirm", { version: toVersion })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

import { Alert, Button, Group, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isStatus, problemMessage } from "../../../api/problems";

/**
 * Why a change did not go through. A 409 means the journey changed since it was read (someone
 * completed or moved a step, or the step may not take this change any more): say so and offer to
 * load it again; anything else is the server's own explanation.
 */
export function ActionError({ error, onReload }: { error: unknown; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [reloading, setReloading] = useState(false);
  if (!error) return null;
  if (isStatus(error, 409)) {
    const reload = () => {
      setReloading(true);
      void onReload().finally(() => setReloading(false));
    };
    return (
      <Alert color="orange" title={t("journeys.conflict.title")} role="alert">
        <Text size="sm">{t("journeys.conflict.detail")}</Text>
        <Text size="sm" c="dimmed" mt={4}>
          {problemMessage(error, t)}
        </Text>
        <Group mt="sm">
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={reload} loading={reloading}>
            {t("journeys.conflict.reload")}
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert">
      {problemMessage(error, t)}
    </Alert>
  );
}

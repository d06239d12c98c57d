import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isStatus, problemMessage } from "../api/problems";

/**
 * A failed save, said plainly: a 409 (someone changed it meanwhile) offers to load the latest
 * version, with the server's explanation when it gave one; anything else shows what went wrong.
 * Nothing is shown without an error.
 */
export function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  if (isStatus(error, 409)) {
    return (
      <Alert color="orange" role="alert">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{problemMessage(error, t) || t("common.conflict")}</Text>
          <Button size="xs" variant="default" onClick={onReload}>
            {t("common.reloadLatest")}
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

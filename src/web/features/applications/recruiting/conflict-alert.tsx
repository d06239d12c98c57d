import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isStatus, problemMessage } from "../../../api/problems";

/** A failed save: a 409 offers to load the latest version; anything else says what went wrong. */
export function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (isStatus(error, 409)) {
    return (
      <Alert color="orange" role="alert">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t("applications.recruiting.conflict")}</Text>
          <Button size="xs" variant="default" onClick={onReload}>
            {t("applications.recruiting.reload")}
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

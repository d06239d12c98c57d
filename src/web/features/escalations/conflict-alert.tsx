import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isStatus, problemMessage } from "../../api/problems";

/**
 * A failed change, said plainly: a 409 (someone changed the escalation meanwhile) offers the
 * reload that shows their change; other failures show the server's explanation.
 */
export function ChangeError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (error === null) return null;
  if (isStatus(error, 409)) {
    return (
      <Alert color="orange" role="alert">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{problemMessage(error, t) || t("escalations.conflict.message")}</Text>
          <Button size="xs" variant="default" onClick={onReload}>
            {t("escalations.conflict.reload")}
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

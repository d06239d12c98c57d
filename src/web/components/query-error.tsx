import { Alert, Button, Group, Text } from "@mantine/core";
import { IconAlertTriangle, IconCompass, IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isStatus, problemMessage } from "../api/problems";

/** A failed load, said plainly, with a way to try again (not offered for "no access"). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const forbidden = isStatus(error, 403);
  const missing = isStatus(error, 404);
  // Retrying cannot change "no access" or "does not exist".
  const final = forbidden || missing;
  return (
    <Alert
      color={final ? "gray" : "red"}
      icon={forbidden ? <IconLock size={18} aria-hidden /> : missing ? <IconCompass size={18} aria-hidden /> : <IconAlertTriangle size={18} aria-hidden />}
      title={forbidden ? t("errors.forbiddenTitle") : missing ? t("errors.notFoundTitle") : t("errors.loadFailedTitle")}
      role="alert"
    >
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="sm">{problemMessage(error, t)}</Text>
        {onRetry && !final && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

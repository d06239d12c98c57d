import { Alert, Button, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../../api/problems";
import { programKeys } from "./api";

/** A 409 on a program: someone else changed it first. Offer to load their version. */
export function StaleProgramAlert({ ws, error, onReload }: { ws: string; error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Alert color="orange" title={t("programs.conflictTitle")} role="alert">
      <Text size="sm">{problemMessage(error, t)}</Text>
      <Button
        mt="sm"
        size="xs"
        variant="white"
        color="orange"
        leftSection={<IconRefresh size={14} aria-hidden />}
        onClick={() => {
          void queryClient.invalidateQueries({ queryKey: programKeys.all(ws) });
          onReload();
        }}
      >
        {t("programs.reload")}
      </Button>
    </Alert>
  );
}

import { Alert, Button, FileButton, Group, Paper, Progress, Stack, Text } from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportPreview } from "../../../domain/imports/schemas";
import { problemMessage } from "../../api/problems";
import { useUploadCsv } from "./api";

/** Step 1: choose a CSV file; it is uploaded with a progress bar and answered with its columns. */
export function UploadStep({ ws, onUploaded }: { ws: string; onUploaded: (preview: ImportPreview) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const [sending, setSending] = useState<{ name: string; percent: number } | null>(null);
  const upload = useUploadCsv(ws, (percent) => setSending((current) => (current ? { ...current, percent } : current)));

  const send = (file: File | null) => {
    if (!file) return;
    setSending({ name: file.name, percent: 0 });
    upload.mutate(file, { onSuccess: onUploaded, onSettled: () => setSending(null) });
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Text fw={600} component="h2" size="lg">
          {t("imports.steps.upload")}
        </Text>
        <Text size="sm" c="dimmed">
          {t("imports.upload.description")}
        </Text>
        <Group>
          <FileButton onChange={send} accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values">
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending} aria-label={t("imports.upload.placeholder")}>
                {t("imports.upload.placeholder")}
              </Button>
            )}
          </FileButton>
        </Group>
        {sending && (
          <div>
            <Text size="sm" id={labelId}>
              {t("imports.upload.progress", { name: sending.name, percent: sending.percent })}
            </Text>
            <Progress.Root size="md" mt={4}>
              <Progress.Section value={sending.percent} aria-labelledby={labelId} />
            </Progress.Root>
          </div>
        )}
        {upload.error && (
          <Alert color="red" role="alert" title={t("errors.loadFailedTitle")}>
            {problemMessage(upload.error, t)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

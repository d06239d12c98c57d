import { Alert, Button, FileButton, Group, Paper, Stack, Text } from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { acceptsFile, describeAccept } from "../../../../domain/files/accept";
import type { StepFiles } from "../../../../domain/files/schemas";
import { problemMessage } from "../../../api/problems";
import { notifySuccess } from "../../../components/notify";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { useStepFiles, useUploadFile } from "./api";
import { CompletionError, NoteAndComplete, useStepWork } from "./completion";
import { FileList } from "./file-list";
import { formatBytes } from "./file-size";
import classes from "./step-work.module.css";
import { LabelledProgress } from "./labelled-progress";

interface LastUpload {
  name: string;
  percent: number;
}

/** What the step takes, said before anyone picks a file. */
export function UploadRulesText({ rules }: { rules: NonNullable<StepFiles["rules"]> }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t("stepWork.upload.accepted", { types: describeAccept(rules.accept) })} {t("stepWork.upload.limits", { count: rules.maxFiles, size: formatBytes(rules.maxSizeBytes) })}
    </Text>
  );
}

/**
 * An upload request: choose or drop a file, see it go up (XMLHttpRequest reports progress), list,
 * download or remove what is there, then complete. Type and size are checked here first so a
 * person hears about a wrong file at once; the server checks again.
 */
export function UploadWork() {
  const { t } = useTranslation();
  const { ref, step } = useStepWork();
  const files = useStepFiles(ref);
  const [last, setLast] = useState<LastUpload | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const upload = useUploadFile(ref, (percent) => setLast((current) => (current ? { ...current, percent } : current)));

  if (files.error) return <QueryError error={files.error} onRetry={() => void files.refetch()} />;
  if (files.isPending) return <PageLoader />;
  const { rules, canUpload } = files.data;
  const list = files.data.files;
  const full = rules !== null && list.length >= rules.maxFiles;

  const send = (file: File | null) => {
    if (!file || !rules) return;
    upload.reset();
    if (!acceptsFile(rules.accept, file.name, file.type)) {
      setLocalError(t("stepWork.upload.wrongType", { name: file.name, types: describeAccept(rules.accept) }));
      return;
    }
    if (file.size > rules.maxSizeBytes) {
      setLocalError(t("stepWork.upload.tooLarge", { name: file.name, size: formatBytes(rules.maxSizeBytes) }));
      return;
    }
    setLocalError(null);
    setLast({ name: file.name, percent: 0 });
    upload.mutate(file, { onSuccess: (stored) => notifySuccess(t("stepWork.upload.uploaded", { name: stored.fileName })) });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!canUpload || full) return;
    send(event.dataTransfer.files.item(0));
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t("stepWork.upload.intro")}</Text>
      {rules && <UploadRulesText rules={rules} />}
      {canUpload && !full && rules && (
        <Paper
          withBorder
          p="lg"
          className={classes.dropZone}
          data-dragging={dragging || undefined}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <Group justify="center" gap="md">
            <IconUpload size={24} aria-hidden />
            <Text size="sm">{t("stepWork.upload.drop")}</Text>
            <FileButton onChange={send} accept={rules.accept.join(",")}>
              {(props) => (
                <Button {...props} variant="default" loading={upload.isPending}>
                  {t("stepWork.upload.choose")}
                </Button>
              )}
            </FileButton>
          </Group>
        </Paper>
      )}
      {canUpload && full && <Text size="sm">{t("stepWork.upload.full")}</Text>}
      {last && (
        <div>
          <Text size="xs" id={`upload-progress-${step.id}`}>
            {upload.isSuccess ? t("stepWork.upload.uploadDone", { name: last.name }) : t("stepWork.upload.uploading", { name: last.name })} — {last.percent}%
          </Text>
          <LabelledProgress value={last.percent} labelledBy={`upload-progress-${step.id}`} />
        </div>
      )}
      {(localError ?? upload.error) && (
        <Alert color="red" role="alert">
          {localError ?? problemMessage(upload.error, t)}
        </Alert>
      )}
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t("stepWork.upload.files")}
        </Text>
        <FileList stepRef={ref} files={list} canRemove={canUpload} />
      </div>
      {list.length === 0 ? (
        <>
          <CompletionError />
          <Text size="sm" c="dimmed">
            {t("stepWork.upload.needsFile")}
          </Text>
        </>
      ) : (
        <NoteAndComplete />
      )}
    </Stack>
  );
}

import { ActionIcon, Anchor, Group, List, Text, Tooltip } from "@mantine/core";
import { IconFile, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredFileView } from "../../../../domain/files/schemas";
import { problemMessage } from "../../../api/problems";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { notifySuccess } from "../../../components/notify";
import { formatDate } from "../../../i18n/format";
import { fileDownloadUrl, useRemoveFile, type StepRef } from "./api";
import { formatBytes } from "./file-size";

/** The files of a step, each downloadable; removable by those the server lets remove it. */
export function FileList({ stepRef, files, canRemove }: { stepRef: StepRef; files: readonly StoredFileView[]; canRemove: boolean }) {
  const { t } = useTranslation();
  const remove = useRemoveFile(stepRef);
  const [removing, setRemoving] = useState<StoredFileView | null>(null);
  if (files.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("stepWork.upload.noFiles")}
      </Text>
    );
  }
  const confirm = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        notifySuccess(t("stepWork.upload.removed", { name: removing.fileName }));
        setRemoving(null);
      },
    });
  };
  return (
    <>
      <List spacing="xs" listStyleType="none" aria-label={t("stepWork.upload.files")}>
        {files.map((file) => (
          <List.Item key={file.id}>
            <Group gap="xs" wrap="nowrap">
              <IconFile size={18} aria-hidden />
              <div style={{ flex: 1, minWidth: 0 }}>
                <Anchor href={fileDownloadUrl(stepRef.ws, stepRef.partnerId, file.id)} download={file.fileName} size="sm" title={t("stepWork.upload.download", { name: file.fileName })}>
                  {file.fileName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t("stepWork.upload.uploadedBy", { size: formatBytes(file.sizeBytes), by: file.uploadedBy?.name ?? "—", date: formatDate(file.uploadedAt) })}
                </Text>
              </div>
              {canRemove && (
                <Tooltip label={t("stepWork.upload.remove", { name: file.fileName })}>
                  <ActionIcon variant="subtle" color="red" onClick={() => setRemoving(file)} aria-label={t("stepWork.upload.remove", { name: file.fileName })}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <ConfirmDialog
        opened={removing !== null}
        title={t("stepWork.upload.removeTitle")}
        message={t("stepWork.upload.removeMessage", { name: removing?.fileName ?? "" })}
        confirmLabel={t("stepWork.upload.removeConfirm")}
        danger
        loading={remove.isPending}
        error={remove.error ? <Text c="red" size="sm" role="alert">{problemMessage(remove.error, t)}</Text> : null}
        onConfirm={confirm}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
      />
    </>
  );
}

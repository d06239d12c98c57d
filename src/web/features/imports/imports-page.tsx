import { Button, Group, Stack } from "@mantine/core";
import { IconDownload, IconFileSpreadsheet } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { ImportPreview } from "../../../domain/imports/schemas";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { useWorkspace } from "../workspace/api";
import { importUrls, useImportPreview } from "./api";
import { CommitResult } from "./commit-panel";
import { ImportWorkbench } from "./import-workbench";
import { UploadStep } from "./upload-step";

const route = getRouteApi("/w/$ws/imports");

/** Import partners from CSV (R-B6): upload, map, dry run, commit; and the pipeline's CSV export. */
export function ImportsPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const { importId } = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/imports" });
  const preview = useImportPreview(ws, importId);
  const open = (next: ImportPreview | null) => void navigate({ search: { importId: next?.id } });

  const actions = (
    <Group gap="sm">
      <Button component="a" href={importUrls.sample(ws)} download variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
        {t("imports.sample")}
      </Button>
      <Button component="a" href={importUrls.export(ws)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
        {t("imports.export")}
      </Button>
    </Group>
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t("imports.title")} description={t("imports.description")} actions={actions} />
      {!importId ? (
        <UploadStep ws={ws} onUploaded={open} />
      ) : preview.error ? (
        <Stack>
          <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
          <Button variant="default" w="fit-content" onClick={() => open(null)}>
            {t("imports.upload.another")}
          </Button>
        </Stack>
      ) : preview.isPending ? (
        <PageLoader />
      ) : preview.data.status === "committed" ? (
        <CommitResult ws={ws} result={preview.data.summary ?? { created: 0, updated: 0, skipped: 0 }} onAgain={() => open(null)} />
      ) : (
        <ImportWorkbench key={preview.data.id} ws={ws} preview={preview.data} onRestart={() => open(null)} />
      )}
    </Stack>
  );
}

import { Button, EmptyState, LoadingOverlay, Paper } from "@mantine/core";
import { IconDownload, IconHistory } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { PaginationFooter } from "../../components/pagination-footer";
import { QueryError } from "../../components/query-error";
import { useStaffDirectory } from "../people/api";
import { useActor, useWorkspace } from "../workspace/api";
import { AUDIT_PAGE_SIZE, auditCsvHref, useAuditLog } from "./api";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";
import type { AuditSearch } from "./search";

const route = getRouteApi("/w/$ws/audit");

/** Who did what, when, with before and after: read here, exported as CSV with the same filters. */
export function AuditPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/audit" });
  const log = useAuditLog(ws, search);
  const staff = useStaffDirectory(ws, can(actor, "staff.read") === "allow");
  const update = (changes: Partial<AuditSearch>) => void navigate({ search: (previous) => ({ ...previous, page: undefined, ...changes }) });

  return (
    <>
      <PageHeader
        title={t("audit.title")}
        description={t("audit.description")}
        actions={
          <Button component="a" href={auditCsvHref(ws, search)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
            {t("audit.export")}
          </Button>
        }
      />
      <AuditFilters search={search} staff={staff.data?.users} onChange={update} />
      {log.error ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : log.isPending ? (
        <PageLoader />
      ) : log.data.total === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconHistory aria-hidden />} title={t("audit.emptyTitle")} description={t("audit.empty")} />
        </Paper>
      ) : (
        <Paper withBorder pos="relative">
          <LoadingOverlay visible={log.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
          <AuditTable entries={log.data.items} onEntity={(entityType, entityId) => update({ entityType, entityId })} />
          <Paper px="md" pb="md" bg="transparent">
            <PaginationFooter page={log.data.page} pageSize={AUDIT_PAGE_SIZE} total={log.data.total} onChange={(page) => update({ page: page === 1 ? undefined : page })} />
          </Paper>
        </Paper>
      )}
    </>
  );
}

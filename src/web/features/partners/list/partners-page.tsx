import { Button, EmptyState, LoadingOverlay, Paper } from "@mantine/core";
import { IconBuildingStore, IconPlus, IconSearchOff } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can } from "../../../../domain/access/policy";
import { PageHeader } from "../../../components/page-header";
import { PaginationFooter } from "../../../components/pagination-footer";
import { QueryError } from "../../../components/query-error";
import { ButtonLink } from "../../../components/router-links";
import { useStaffDirectory } from "../../people/api";
import { useActor, useWorkspace } from "../../workspace/api";
import { PAGE_SIZE, usePartnerList, usePartnerSettings } from "../api";
import type { PartnersSearch } from "../search";
import { PartnerFilters } from "./partner-filters";
import { PartnersTable } from "./partners-table";
import { PageLoader } from "../../../components/page-loader";

const route = getRouteApi("/w/$ws/partners");

export function PartnersPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/partners" });
  const list = usePartnerList(ws, search);
  const settings = usePartnerSettings(ws);
  const staff = useStaffDirectory(ws, can(actor, "staff.read") === "allow");
  const canCreate = can(actor, "partner.create") === "allow";

  const update = (changes: Partial<PartnersSearch>, options?: { replace?: boolean }) =>
    void navigate({ search: (previous) => ({ ...previous, page: undefined, ...changes }), replace: options?.replace });

  const filtered = Boolean(search.q || search.stage || search.typeId || search.tierId || search.ownerUserId);
  const newPartnerButton = canCreate && (
    <ButtonLink to="/w/$ws/partners/new" params={{ ws }} leftSection={<IconPlus size={16} aria-hidden />}>
      {t("partners.list.new")}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader title={t("partners.list.title")} description={t("partners.list.description")} actions={newPartnerButton} />
      <PartnerFilters search={search} settings={settings.data} staff={staff.data?.users} onChange={update} />
      {list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <PageLoader />
      ) : list.data.total === 0 ? (
        <Paper withBorder p="xl">
          {filtered ? (
            <EmptyState icon={<IconSearchOff aria-hidden />} title={t("partners.list.noMatchTitle")} description={t("partners.list.noMatch")}>
              <Button variant="default" onClick={() => update({ q: undefined, stage: undefined, typeId: undefined, tierId: undefined, ownerUserId: undefined })}>
                {t("partners.filters.clear")}
              </Button>
            </EmptyState>
          ) : (
            <EmptyState icon={<IconBuildingStore aria-hidden />} title={t("partners.list.emptyTitle")} description={canCreate ? t("partners.list.empty") : t("partners.list.emptyReadOnly")}>
              {newPartnerButton}
            </EmptyState>
          )}
        </Paper>
      ) : (
        <Paper withBorder pos="relative">
          <LoadingOverlay visible={list.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
          <PartnersTable ws={ws} rows={list.data.items} sort={search.sort ?? "name"} onSort={(sort) => update({ sort })} />
          <Paper px="md" pb="md" bg="transparent">
            <PaginationFooter page={list.data.page} pageSize={PAGE_SIZE} total={list.data.total} onChange={(page) => update({ page: page === 1 ? undefined : page })} />
          </Paper>
        </Paper>
      )}
    </>
  );
}

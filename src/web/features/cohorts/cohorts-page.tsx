import { Button, EmptyState, Group, LoadingOverlay, Paper, Select } from "@mantine/core";
import { IconRoute, IconSearchOff, IconX } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { JourneyStatus } from "../../../domain/journeys/contracts";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { PaginationFooter } from "../../components/pagination-footer";
import { QueryError } from "../../components/query-error";
import { useTemplateLibrary } from "../journeys/start/templates-api";
import { usePartnerSettings } from "../partners/api";
import { useWorkspace } from "../workspace/api";
import { COHORT_PAGE_SIZE, useCohort } from "./api";
import { CohortFigures } from "./cohort-figures";
import { CohortTable } from "./cohort-table";
import type { CohortSearch } from "./search";

const route = getRouteApi("/w/$ws/journeys");

/** All journeys of a track or template with their status, and the cohort's figures. */
export function CohortsPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/journeys" });
  const cohort = useCohort(ws, search);
  const settings = usePartnerSettings(ws);
  const templates = useTemplateLibrary(ws);
  const update = (changes: Partial<CohortSearch>) => void navigate({ search: (previous) => ({ ...previous, page: undefined, ...changes }) });
  const filtered = Boolean(search.typeId || search.templateId || search.status);

  return (
    <>
      <PageHeader title={t("journeys.cohort.title")} description={t("journeys.cohort.description")} />
      <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
        <Select
          label={t("journeys.cohort.track")}
          placeholder={t("journeys.cohort.any")}
          data={settings.data?.types.map((type) => ({ value: type.id, label: type.name })) ?? []}
          value={search.typeId ?? null}
          onChange={(value) => update({ typeId: value ?? undefined })}
          clearable
          w={{ base: "100%", xs: 200 }}
        />
        <Select
          label={t("journeys.cohort.template")}
          placeholder={t("journeys.cohort.any")}
          data={templates.data?.map((template) => ({ value: template.id, label: template.name })) ?? []}
          value={search.templateId ?? null}
          onChange={(value) => update({ templateId: value ?? undefined })}
          clearable
          searchable
          w={{ base: "100%", xs: 240 }}
        />
        <Select
          label={t("journeys.cohort.status")}
          placeholder={t("journeys.cohort.any")}
          data={JourneyStatus.options.map((status) => ({ value: status, label: t(`journeys.status.${status}`) }))}
          value={search.status ?? null}
          onChange={(value) => update({ status: JourneyStatus.options.find((status) => status === value) })}
          clearable
          w={{ base: "100%", xs: 170 }}
        />
        {filtered && (
          <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={() => update({ typeId: undefined, templateId: undefined, status: undefined })}>
            {t("journeys.cohort.clear")}
          </Button>
        )}
      </Group>
      {cohort.error ? (
        <QueryError error={cohort.error} onRetry={() => void cohort.refetch()} />
      ) : cohort.isPending ? (
        <PageLoader />
      ) : (
        <>
          {cohort.data.figures.journeys > 0 && <CohortFigures figures={cohort.data.figures} />}
          {cohort.data.total === 0 ? (
            <Paper withBorder p="xl">
              {filtered ? (
                <EmptyState icon={<IconSearchOff aria-hidden />} title={t("journeys.cohort.noMatchTitle")} description={t("journeys.cohort.noMatch")} />
              ) : (
                <EmptyState icon={<IconRoute aria-hidden />} title={t("journeys.cohort.emptyTitle")} description={t("journeys.cohort.empty")} />
              )}
            </Paper>
          ) : (
            <Paper withBorder pos="relative">
              <LoadingOverlay visible={cohort.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
              <CohortTable ws={ws} rows={cohort.data.items} />
              <Paper px="md" pb="md" bg="transparent">
                <PaginationFooter page={cohort.data.page} pageSize={COHORT_PAGE_SIZE} total={cohort.data.total} onChange={(page) => update({ page: page === 1 ? undefined : page })} />
              </Paper>
            </Paper>
          )}
        </>
      )}
    </>
  );
}

import { Button, Group, SegmentedControl, Text, VisuallyHidden } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { queryString } from "../../api/http";
import { PageHeader } from "../../components/page-header";
import { importUrls } from "../imports/api";
import { usePartnerSettings } from "../partners/api";
import { useStaffDirectory } from "../people/api";
import { usePrograms } from "../programs/api";
import { useActor, useWorkspace } from "../workspace/api";
import { BoardView } from "./board/board-view";
import { PipelineFilters } from "./pipeline-filters";
import type { PipelineSearch } from "./search";
import { PipelineTable } from "./table/pipeline-table";

const route = getRouteApi("/w/$ws/pipeline");

/** R-B1: the pipeline as a board (default) or a table, with the same filters in the URL. */
export function PipelinePage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/pipeline" });
  const settings = usePartnerSettings(ws);
  const programs = usePrograms(ws);
  const staff = useStaffDirectory(ws, can(actor, "staff.read") === "allow");
  const viewLabel = useId();
  const view = search.view ?? "board";
  const filters = { q: search.q, programId: search.programId, ownerUserId: search.ownerUserId, typeId: search.typeId };

  const update = (changes: Partial<PipelineSearch>, options?: { replace?: boolean }) =>
    void navigate({ search: (previous) => ({ ...previous, page: undefined, ...changes }), replace: options?.replace });

  const switcher = (
    <Group gap="xs">
      {/* The export takes the board's filters, so what you see is what you download. */}
      <Button component="a" href={`${importUrls.export(ws)}${queryString(filters)}`} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
        {t("imports.export")}
      </Button>
      <VisuallyHidden id={viewLabel}>{t("pipeline.views.label")}</VisuallyHidden>
      <SegmentedControl
        aria-labelledby={viewLabel}
        value={view}
        onChange={(value) => update({ view: value === "table" ? "table" : undefined })}
        data={[
          { value: "board", label: t("pipeline.views.board") },
          { value: "table", label: t("pipeline.views.table") },
        ]}
      />
    </Group>
  );

  return (
    <>
      <PageHeader title={t("pipeline.title")} description={t("pipeline.description")} actions={switcher} />
      {can(actor, "partner.update") !== "allow" && (
        <Text size="sm" c="dimmed" mb="sm">
          {t("pipeline.readOnly")}
        </Text>
      )}
      <PipelineFilters search={search} settings={settings.data} programs={programs.data} staff={staff.data?.users} onChange={update} />
      {view === "board" ? <BoardView ws={ws} filters={filters} /> : <PipelineTable ws={ws} search={search} onChange={update} />}
    </>
  );
}

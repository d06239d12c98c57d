import { EmptyState, LoadingOverlay, Paper, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconLayoutKanban, IconSearchOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { daysInStage } from "../../../../domain/pipeline/board";
import { PageLoader } from "../../../components/page-loader";
import { PaginationFooter } from "../../../components/pagination-footer";
import { QueryError } from "../../../components/query-error";
import { AnchorLink } from "../../../components/router-links";
import { formatDateTime } from "../../../i18n/format";
import { StageBadge } from "../../partners/components/stage-badge";
import { SortableTh } from "../../partners/list/sortable-th";
import { TABLE_PAGE_SIZE, usePipelineTable } from "../api";
import { pipelineSorts, type PipelineSearch } from "../search";

interface PipelineTableProps {
  ws: string;
  search: PipelineSearch;
  onChange: (changes: Partial<PipelineSearch>) => void;
}

/** The pipeline as rows: sortable by name, stage and time in stage, each linking to its partner. */
export function PipelineTable({ ws, search, onChange }: PipelineTableProps) {
  const { t } = useTranslation();
  const list = usePipelineTable(ws, search);
  const sort = search.sort ?? "inStage";
  if (list.error) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <PageLoader />;
  if (list.data.total === 0) {
    const filtered = Boolean(search.q || search.programId || search.ownerUserId || search.typeId || search.stage);
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={filtered ? <IconSearchOff aria-hidden /> : <IconLayoutKanban aria-hidden />}
          title={filtered ? t("pipeline.table.noMatchTitle") : t("pipeline.table.emptyTitle")}
          description={filtered ? t("pipeline.table.noMatch") : t("pipeline.table.empty")}
        />
      </Paper>
    );
  }
  const now = new Date();
  return (
    <Paper withBorder pos="relative">
      <LoadingOverlay visible={list.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover verticalSpacing="sm">
          <caption>
            <VisuallyHidden>{t("pipeline.table.caption")}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <SortableTh column="name" sort={sort} onSort={(next) => onChange({ sort: pipelineSort(next) })}>
                {t("pipeline.table.name")}
              </SortableTh>
              <SortableTh column="stage" sort={sort} onSort={(next) => onChange({ sort: pipelineSort(next) })}>
                {t("pipeline.table.stage")}
              </SortableTh>
              <SortableTh column="inStage" sort={sort} onSort={(next) => onChange({ sort: pipelineSort(next) })}>
                {t("pipeline.table.inStage")}
              </SortableTh>
              <Table.Th>{t("pipeline.table.program")}</Table.Th>
              <Table.Th>{t("pipeline.table.owner")}</Table.Th>
              <Table.Th>{t("pipeline.table.type")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <AnchorLink to="/w/$ws/partners/$partnerId" params={{ ws, partnerId: row.id }} fw={600} size="sm">
                    {row.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <StageBadge stage={row.stage} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={formatDateTime(row.stageChangedAt)}>
                    {t("pipeline.table.days", { count: daysInStage(new Date(row.stageChangedAt), now) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.program?.name ?? "—"}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.owner?.name ?? t("partners.noOwner")}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.type.name}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Paper px="md" pb="md" bg="transparent">
        <PaginationFooter page={list.data.page} pageSize={TABLE_PAGE_SIZE} total={list.data.total} onChange={(page) => onChange({ page: page === 1 ? undefined : page })} />
      </Paper>
    </Paper>
  );
}

/** The shared header sorts by every list key; the table offers name, stage and time in stage. */
function pipelineSort(sort: string): PipelineSearch["sort"] {
  return pipelineSorts.find((candidate) => candidate === sort);
}

import { Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PartnerListRow } from "../../../../domain/partners/schemas";
import { AnchorLink } from "../../../components/router-links";
import { countryName, formatRelative, formatDateTime } from "../../../i18n/format";
import { StageBadge } from "../components/stage-badge";
import { SortableTh } from "./sortable-th";
import type { PartnersSearch } from "../search";

type Sort = NonNullable<PartnersSearch["sort"]>;

interface PartnersTableProps {
  ws: string;
  rows: PartnerListRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
}

export function PartnersTable({ ws, rows, sort, onSort }: PartnersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" striped={false}>
        <caption>
          <VisuallyHidden>{t("partners.list.caption")}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh column="name" sort={sort} onSort={onSort}>
              {t("partners.fields.name")}
            </SortableTh>
            <Table.Th>{t("partners.fields.type")}</Table.Th>
            <Table.Th>{t("partners.fields.tier")}</Table.Th>
            <SortableTh column="stage" sort={sort} onSort={onSort}>
              {t("partners.fields.stage")}
            </SortableTh>
            <Table.Th>{t("partners.fields.owner")}</Table.Th>
            <Table.Th>{t("partners.fields.country")}</Table.Th>
            <SortableTh column="updated" sort={sort} onSort={onSort} firstDirection="desc">
              {t("partners.fields.updated")}
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <AnchorLink to="/w/$ws/partners/$partnerId" params={{ ws, partnerId: row.id }} fw={600} size="sm">
                  {row.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.type.name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.tier?.name ?? "—"}</Text>
              </Table.Td>
              <Table.Td>
                <StageBadge stage={row.stage} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.owner?.name ?? t("partners.noOwner")}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.country ? countryName(row.country) : "—"}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" title={formatDateTime(row.updatedAt)}>
                  {formatRelative(row.updatedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PortfolioRow } from "../../../domain/health/contracts";
import { TableHead } from "../../components/table-head";
import { AnchorLink } from "../../components/router-links";
import { StageBadge } from "../partners/components/stage-badge";
import { BandBadge } from "./band-badge";

/** One page of the portfolio in risk order; each name opens the partner's relationship tab. */
export function PortfolioTable({ ws, rows }: { ws: string; rows: readonly PortfolioRow[] }) {
  const { t } = useTranslation();
  const columns = ["partner", "score", "band", "openIssues", "basedOn", "stage", "owner"] as const;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover withTableBorder aria-label={t("health.portfolio.tableLabel")}>
        <TableHead columns={columns.map((column) => t(`health.portfolio.columns.${column}`))} />
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.partnerId} data-partner={row.partnerId}>
              <Table.Td>
                <AnchorLink to="/w/$ws/partners/$partnerId" params={{ ws, partnerId: row.partnerId }} search={{ tab: "relationship" }} aria-label={t("health.portfolio.openScorecard", { name: row.name })}>
                  {row.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text fw={700}>{row.score ?? t("health.portfolio.none")}</Text>
              </Table.Td>
              <Table.Td>
                <BandBadge band={row.band} size="sm" />
              </Table.Td>
              <Table.Td>{row.openIssues}</Table.Td>
              <Table.Td>{row.basedOnWeight === null ? t("health.portfolio.none") : t("health.portfolio.basedOnValue", { weight: row.basedOnWeight })}</Table.Td>
              <Table.Td>
                <StageBadge stage={row.stage} size="sm" />
              </Table.Td>
              <Table.Td>{row.owner?.name ?? t("health.portfolio.noOwnerCell")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

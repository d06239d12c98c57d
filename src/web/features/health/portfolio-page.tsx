import { Button, Group, Paper, Select, Stack, Text } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PortfolioQuery } from "../../../domain/health/contracts";
import { HealthBand } from "../../../domain/health/schemas";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { PaginationFooter } from "../../components/pagination-footer";
import { QueryError } from "../../components/query-error";
import { formatDateTime } from "../../i18n/format";
import { useWorkspace } from "../workspace/api";
import { useHealthPortfolio } from "./api";
import { BandBar } from "./band-bar";
import { PortfolioTable } from "./portfolio-table";

const pageSize = 25;
const noOwner = "none";

/** Every live partner's relationship health, the ones at risk first (R-F9). */
export function HealthPortfolioPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const [query, setQuery] = useState<PortfolioQuery>({ page: 1, pageSize });
  const portfolio = useHealthPortfolio(ws, query);
  const update = (changes: Partial<PortfolioQuery>) => setQuery((previous) => ({ ...previous, page: 1, ...changes }));
  const filtered = query.band !== undefined || query.ownerUserId !== undefined;
  const owners = portfolio.data?.owners ?? [];

  return (
    <>
      <PageHeader title={t("health.portfolio.title")} description={t("health.portfolio.description")} />
      <Stack gap="md">
        {portfolio.data && <BandBar totals={portfolio.data.bandTotals} selected={query.band ?? null} onSelect={(band) => update({ band: band ?? undefined })} />}
        <Group align="flex-end" gap="sm" wrap="wrap" role="group" aria-label={t("health.portfolio.title")}>
          <Select
            label={t("health.portfolio.filterBand")}
            placeholder={t("health.portfolio.anyBand")}
            data={HealthBand.options.map((band) => ({ value: band, label: t(`health.bands.${band}`) }))}
            value={query.band ?? null}
            onChange={(value) => {
              const band = HealthBand.safeParse(value);
              update({ band: band.success ? band.data : undefined });
            }}
            clearable
            w={{ base: "100%", xs: 200 }}
          />
          <Select
            label={t("health.portfolio.filterOwner")}
            placeholder={t("health.portfolio.anyOwner")}
            data={[{ value: noOwner, label: t("health.portfolio.noOwner") }, ...owners.map((owner) => ({ value: owner.userId, label: owner.name }))]}
            value={query.ownerUserId ?? null}
            onChange={(value) => update({ ownerUserId: value ?? undefined })}
            clearable
            searchable
            w={{ base: "100%", xs: 240 }}
          />
          {filtered && (
            <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={() => update({ band: undefined, ownerUserId: undefined })}>
              {t("health.portfolio.clearFilters")}
            </Button>
          )}
        </Group>
        {portfolio.error ? (
          <QueryError error={portfolio.error} onRetry={() => void portfolio.refetch()} />
        ) : portfolio.isPending ? (
          <PageLoader />
        ) : portfolio.data.items.length === 0 ? (
          <Paper withBorder p="xl">
            <Text>{filtered ? t("health.portfolio.emptyFiltered") : t("health.portfolio.empty")}</Text>
          </Paper>
        ) : (
          <>
            <ComputedNote from={portfolio.data.computedFrom} to={portfolio.data.computedTo} />
            <PortfolioTable ws={ws} rows={portfolio.data.items} />
            <PaginationFooter page={portfolio.data.page} pageSize={portfolio.data.pageSize} total={portfolio.data.total} onChange={(page) => setQuery((previous) => ({ ...previous, page }))} />
          </>
        )}
      </Stack>
    </>
  );
}

/** When the listed figures were computed: one time, or the span between the oldest and the newest. */
function ComputedNote({ from, to }: { from: string | null; to: string | null }) {
  const { t } = useTranslation();
  if (from === null || to === null) return null;
  return (
    <Text size="sm" c="dimmed">
      {from === to ? t("health.portfolio.computedOne", { when: formatDateTime(to) }) : t("health.portfolio.computed", { from: formatDateTime(from), to: formatDateTime(to) })}
    </Text>
  );
}

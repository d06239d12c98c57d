import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { HealthPortfolio, PartnerHealth, type PortfolioQuery } from "../../../domain/health/contracts";
import { api, queryString } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;
const keys = {
  partner: (ws: string, partnerId: string) => ["health", ws, "partner", partnerId] as const,
  portfolio: (ws: string, query: PortfolioQuery) => ["health", ws, "portfolio", query] as const,
};

/** One partner's scorecard; reading it also refreshes the stored score the portfolio shows. */
export function usePartnerHealth(ws: string, partnerId: string) {
  return useQuery({
    queryKey: keys.partner(ws, partnerId),
    queryFn: ({ signal }) => api(`${base(ws)}/partners/${encodeURIComponent(partnerId)}/health`, PartnerHealth, { signal }),
  });
}

/** Every live partner sorted by risk, one page at a time. */
export function useHealthPortfolio(ws: string, query: PortfolioQuery) {
  return useQuery({
    queryKey: keys.portfolio(ws, query),
    queryFn: ({ signal }) =>
      api(`${base(ws)}/health${queryString({ band: query.band, ownerUserId: query.ownerUserId, page: query.page, pageSize: query.pageSize })}`, HealthPortfolio, { signal }),
    placeholderData: keepPreviousData,
  });
}

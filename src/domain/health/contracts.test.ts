import { describe, expect, it } from "vitest";
import { healthStages, PortfolioQuery, PortfolioRow } from "./contracts";

describe("health portfolio contracts", () => {
  it("lists the relationships that are looked after: onboarding, active and offboarding", () => {
    expect(healthStages).toEqual(["onboarding", "active", "offboarding"]);
  });

  it("filters by band and owner on top of the usual paging", () => {
    expect(PortfolioQuery.parse({ band: "at_risk", ownerUserId: "none" })).toMatchObject({ band: "at_risk", ownerUserId: "none" });
    expect(PortfolioQuery.safeParse({ band: "critical" }).success).toBe(false);
    expect(PortfolioQuery.safeParse({ ownerUserId: "" }).success).toBe(false);
  });

  it("lets a partner not scored yet show with no score, band or weight", () => {
    const row = { partnerId: "0194d3a0-0000-7000-8000-000000000001", name: "Alpha", stage: "onboarding", owner: null, score: null, band: null, basedOnWeight: null, openIssues: 0, computedAt: null };
    expect(PortfolioRow.safeParse(row).success).toBe(true);
    expect(PortfolioRow.safeParse({ ...row, score: 101 }).success).toBe(false);
  });
});

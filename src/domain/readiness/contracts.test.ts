import { describe, expect, it } from "vitest";
import { PartnerReadiness } from "./contracts";

describe("readiness contract", () => {
  it("answers a partner without a journey with no checklist rather than a list of failures", () => {
    const parsed = PartnerReadiness.parse({ partnerId: "0194d3a0-0000-7000-8000-000000000001", journeyStartedAt: null, checklist: null });
    expect(parsed.checklist).toBeNull();
  });
});

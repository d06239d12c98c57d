import { describe, expect, it } from "vitest";
import { RaiseEventInput } from "./partner-events";
import { NotificationQuery } from "./schemas";

const partnerId = "5f0c7a52-3c1e-4d6b-9a65-2b1f0d4c8e11";

describe("notification and event contracts", () => {
  it("reads the unread filter from the query string", () => {
    expect(NotificationQuery.parse({ unread: "true" })).toEqual({ page: 1, pageSize: 25, unread: true });
    expect(NotificationQuery.parse({})).toEqual({ page: 1, pageSize: 25 });
  });

  it("accepts an event with a lowercase name, small data and an idempotency key", () => {
    expect(RaiseEventInput.parse({ partnerId, name: "first_deal_approved", data: { dealId: 7 }, idempotencyKey: " deal-7 " })).toEqual({ partnerId, name: "first_deal_approved", data: { dealId: 7 }, idempotencyKey: "deal-7" });
  });

  it("names the field at fault: a bad event name, oversized data", () => {
    const badName = RaiseEventInput.safeParse({ partnerId, name: "First Deal" });
    expect(badName.success).toBe(false);
    expect(badName.error?.issues[0]?.path).toEqual(["name"]);
    const big = RaiseEventInput.safeParse({ partnerId, name: "kpi", data: { blob: "x".repeat(20_000) } });
    expect(big.error?.issues[0]).toMatchObject({ path: ["data"], message: "must be at most 16384 bytes as JSON" });
  });
});

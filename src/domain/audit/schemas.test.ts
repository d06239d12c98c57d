import { describe, expect, it } from "vitest";
import { AuditQuery, OutboxQuery } from "./schemas";

describe("audit and outbox filters", () => {
  it("pages 25 entries at a time from the first page unless asked otherwise", () => {
    expect(AuditQuery.parse({})).toEqual({ page: 1, pageSize: 25 });
    expect(AuditQuery.parse({ page: "3", pageSize: "50", from: "2026-01-01" })).toMatchObject({ page: 3, pageSize: 50, from: "2026-01-01" });
  });

  it("refuses a date that is not a calendar date and a page size over 200", () => {
    expect(AuditQuery.safeParse({ from: "yesterday" }).success).toBe(false);
    expect(AuditQuery.safeParse({ pageSize: "1000" }).success).toBe(false);
  });

  it("filters the outbox by the three delivery states only", () => {
    expect(OutboxQuery.parse({ status: "failed" }).status).toBe("failed");
    expect(OutboxQuery.safeParse({ status: "lost" }).success).toBe(false);
  });
});

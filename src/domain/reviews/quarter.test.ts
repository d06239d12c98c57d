import { describe, expect, it } from "vitest";
import { compareQuarters, previousQuarter, Quarter, quarterOf, quarterWindow } from "./quarter";

describe("quarters of the quarterly review", () => {
  it("names the quarter an instant falls in", () => {
    expect(quarterOf(new Date("2026-01-01T00:00:00Z"), "UTC")).toBe("2026-Q1");
    expect(quarterOf(new Date("2026-03-31T23:59:59Z"), "UTC")).toBe("2026-Q1");
    expect(quarterOf(new Date("2026-04-01T00:00:00Z"), "UTC")).toBe("2026-Q2");
    expect(quarterOf(new Date("2026-12-31T12:00:00Z"), "UTC")).toBe("2026-Q4");
  });

  it("counts the quarter in the partner's time zone", () => {
    const newYearInSydney = new Date("2026-12-31T14:00:00Z");
    expect(quarterOf(newYearInSydney, "UTC")).toBe("2026-Q4");
    expect(quarterOf(newYearInSydney, "Australia/Sydney")).toBe("2027-Q1");
  });

  it("orders quarters in time", () => {
    expect(compareQuarters("2025-Q4", "2026-Q1")).toBeLessThan(0);
    expect(compareQuarters("2026-Q2", "2026-Q1")).toBeGreaterThan(0);
    expect(compareQuarters("2026-Q2", "2026-Q2")).toBe(0);
  });

  it("steps back a quarter, across the new year", () => {
    expect(previousQuarter("2026-Q3")).toBe("2026-Q2");
    expect(previousQuarter("2026-Q1")).toBe("2025-Q4");
  });

  it("opens only the current quarter for rating", () => {
    const now = new Date("2026-05-10T10:00:00Z");
    expect(quarterWindow("2026-Q2", now, "UTC")).toBe("current");
    expect(quarterWindow("2026-Q1", now, "UTC")).toBe("past");
    expect(quarterWindow("2026-Q3", now, "UTC")).toBe("future");
  });

  it("refuses text that is not a quarter", () => {
    expect(Quarter.safeParse("2026-Q4").success).toBe(true);
    for (const bad of ["2026-Q5", "2026-Q0", "26-Q1", "2026Q1", "2026-q1"]) expect(Quarter.safeParse(bad).success).toBe(false);
  });
});

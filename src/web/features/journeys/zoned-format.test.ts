import { describe, expect, it } from "vitest";
import { dateInputOf, instantFromInputs, timeInputOf } from "./zoned-format";

describe("dates typed in the partner's time zone", () => {
  it("reads a date and time as the partner's clock shows them", () => {
    expect(instantFromInputs("2026-03-10", "17:00", "Europe/Berlin")).toBe("2026-03-10T16:00:00.000Z");
    expect(instantFromInputs("2026-03-10", "17:00", "Asia/Manila")).toBe("2026-03-10T09:00:00.000Z");
  });

  it("follows the zone's summer time", () => {
    expect(instantFromInputs("2026-07-10", "17:00", "Europe/Berlin")).toBe("2026-07-10T15:00:00.000Z");
  });

  it("moves a time inside the spring-forward gap forward, as due dates do", () => {
    expect(instantFromInputs("2026-03-29", "02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("gives nothing for incomplete inputs", () => {
    expect(instantFromInputs("", "17:00", "Europe/Berlin")).toBeNull();
    expect(instantFromInputs("2026-03-10", "", "Europe/Berlin")).toBeNull();
    expect(instantFromInputs("10/03/2026", "17:00", "Europe/Berlin")).toBeNull();
  });

  it("fills the inputs from an instant in the zone, so an unchanged form keeps the same instant", () => {
    const due = "2026-11-02T23:30:00.000Z";
    expect(dateInputOf(due, "Europe/Berlin")).toBe("2026-11-03");
    expect(timeInputOf(due, "Europe/Berlin")).toBe("00:30");
    expect(instantFromInputs(dateInputOf(due, "Asia/Manila"), timeInputOf(due, "Asia/Manila"), "Asia/Manila")).toBe(due);
  });
});

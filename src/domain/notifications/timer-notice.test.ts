import { describe, expect, it } from "vitest";
import { dayMs } from "./timer-plan";
import { formatDue, timerNotice } from "./timer-notice";

const dueAt = new Date("2026-12-10T16:00:00Z");
const base = { stepTitle: "Sign the reseller agreement", partnerName: "Alpha Resellers", journeyName: "Reseller onboarding", dueAt, timeZone: "Europe/Berlin", ownerName: "Alice Alpha" };

describe("timer notices", () => {
  it("reads the due date in the partner's time zone", () => {
    expect(formatDue(dueAt, "Europe/Berlin")).toBe("Thu 10 Dec 2026, 17:00 (Europe/Berlin)");
    expect(formatDue(dueAt, "Asia/Manila")).toBe("Fri 11 Dec 2026, 00:00 (Asia/Manila)");
  });

  it("falls back to UTC for a zone this runtime does not know", () => {
    expect(formatDue(dueAt, "Mars/Olympus_Mons")).toBe("Thu 10 Dec 2026, 16:00 (UTC)");
  });

  it("tells the owner when a step is due", () => {
    const notice = timerNotice({ ...base, kind: "reminder", now: new Date(dueAt.getTime() - 2 * dayMs) });
    expect(notice.title).toBe("Sign the reseller agreement is due Thu 10 Dec 2026, 17:00 (Europe/Berlin)");
    expect(notice.body).toContain("Alpha Resellers · Reseller onboarding");
  });

  it("tells the owner when a step is overdue", () => {
    const notice = timerNotice({ ...base, kind: "overdue", now: dueAt });
    expect(notice).toEqual({ title: "Sign the reseller agreement is overdue", body: "Alpha Resellers · Reseller onboarding. It was due Thu 10 Dec 2026, 17:00 (Europe/Berlin)." });
  });

  it("tells the manager by how many days a step is late and who owns it", () => {
    const late = timerNotice({ ...base, kind: "escalation", now: new Date(dueAt.getTime() + 3 * dayMs) });
    expect(late.title).toBe("Sign the reseller agreement for Alpha Resellers is late by 3 days");
    expect(late.body).toContain("Alice Alpha owns it");
    const oneDay = timerNotice({ ...base, ownerName: null, kind: "escalation", now: new Date(dueAt.getTime() + dayMs) });
    expect(oneDay.title).toBe("Sign the reseller agreement for Alpha Resellers is late by 1 day");
    expect(oneDay.body).toContain("Nobody owns it");
  });
});

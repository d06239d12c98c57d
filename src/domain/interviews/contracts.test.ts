import { describe, expect, it } from "vitest";
import { KitInput, ScheduleInterviewInput } from "./contracts";
import { defaultKitStages } from "./default-kit";
import { interviewWhen } from "./when";

describe("interview kit contracts", () => {
  it("accepts the built-in kit", () => {
    expect(KitInput.safeParse({ name: "Partner interviews", stages: defaultKitStages }).success).toBe(true);
    expect(defaultKitStages.find((stage) => stage.key === "culture_fit")?.certifiedOnly).toBe(true);
  });

  it("refuses a stage key or a criterion key used twice", () => {
    const [functional] = defaultKitStages;
    if (!functional) throw new Error("no stage");
    const twice = { ...functional, criteria: [...functional.criteria, { ...functional.criteria[0], name: "Again" }] };
    const result = KitInput.safeParse({ name: "Twice", stages: [twice, twice] });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];
    expect(messages).toContain('stages.1.key: the stage key "functional_fit" is used twice');
    expect(messages).toContain('stages.0.criteria.3.key: the criterion key "capability" is used twice in this stage');
  });

  it("refuses a panel that names someone twice", () => {
    const result = ScheduleInterviewInput.safeParse({ kitId: "0b9c5b8e-3c4f-4d6a-9a51-5d2f1c9e8a10", stageKey: "functional_fit", startsAt: "2026-12-01T09:00:00Z", panelUserIds: ["a", "a"] });
    expect(result.error?.issues[0]?.message).toBe("name each interviewer once");
  });
});

describe("interview time for the candidate", () => {
  it("is written in the partner's time zone", () => {
    expect(interviewWhen("2026-12-01T13:00:00Z", "Europe/Berlin")).toBe("Tuesday 1 December 2026, 14:00 (Europe/Berlin)");
    expect(interviewWhen("2026-12-01T13:00:00Z", "Asia/Manila")).toBe("Tuesday 1 December 2026, 21:00 (Asia/Manila)");
  });
});

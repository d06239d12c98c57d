import { describe, expect, it } from "vitest";
import { sortByRisk } from "./portfolio";

describe("portfolio sorted by risk", () => {
  it("puts the lowest score first, then the partner with more open issues, then by name", () => {
    const sorted = sortByRisk([
      { partnerId: "p1", name: "Zeta", score: 80, openIssues: 0 },
      { partnerId: "p2", name: "beta", score: 40, openIssues: 1 },
      { partnerId: "p3", name: "Alpha", score: 40, openIssues: 1 },
      { partnerId: "p4", name: "Gamma", score: 40, openIssues: 3 },
      { partnerId: "p5", name: "Delta", score: 12, openIssues: 0 },
    ]);
    expect(sorted.map((entry) => entry.name)).toEqual(["Delta", "Gamma", "Alpha", "beta", "Zeta"]);
  });

  it("keeps a stable order for two partners with the same name", () => {
    const twins = [
      { partnerId: "b", name: "Acme", score: 50, openIssues: 0 },
      { partnerId: "a", name: "Acme", score: 50, openIssues: 0 },
    ];
    expect(sortByRisk(twins).map((entry) => entry.partnerId)).toEqual(["a", "b"]);
    expect(twins[0]?.partnerId).toBe("b");
  });

  it("keeps whatever else the caller put on each entry", () => {
    expect(sortByRisk([{ partnerId: "x", name: "X", score: 1, openIssues: 0, owner: "Ana" }])[0]?.owner).toBe("Ana");
  });
});

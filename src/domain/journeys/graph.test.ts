import { describe, expect, it } from "vitest";
import { findCycles } from "./graph";

describe("findCycles", () => {
  it("ignores links from or to steps it was not told about", () => {
    const edges = [
      { from: "ghost", to: "a", path: "x" },
      { from: "a", to: "ghost", path: "y" },
    ];
    expect(findCycles(["a"], edges)).toEqual([]);
  });

  it("reports two separate cycles, each once, in document order", () => {
    const edges = [
      { from: "a", to: "b", path: "p1" },
      { from: "b", to: "a", path: "p2" },
      { from: "c", to: "c", path: "p3" },
    ];
    expect(findCycles(["a", "b", "c"], edges)).toEqual([
      { keys: ["a", "b", "a"], path: "p2" },
      { keys: ["c", "c"], path: "p3" },
    ]);
  });
});

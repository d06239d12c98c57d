/**
 * An edge "step `from` waits for step `to`", with the document path where it is written, so a
 * cycle can be reported at the place where it closes.
 */
export interface WaitEdge {
  from: string;
  to: string;
  path: string;
}

export interface Cycle {
  /** The keys around the cycle, first key repeated at the end: `a → b → c → a`. */
  keys: string[];
  /** Where the edge that closes the cycle is written. */
  path: string;
}

/**
 * Finds the cycles among the edges by depth-first search in document order; each cycle is reported
 * once (per sequence of steps), at the first edge that leads back to a step still on the search path. Edges to unknown steps are
 * ignored (they are reported as missing references elsewhere).
 */
export function findCycles(stepKeys: readonly string[], edges: readonly WaitEdge[]): Cycle[] {
  const outgoing = new Map<string, WaitEdge[]>(stepKeys.map((key) => [key, []]));
  for (const edge of edges) {
    if (outgoing.has(edge.to)) outgoing.get(edge.from)?.push(edge);
  }
  const state = new Map<string, "on-path" | "done">();
  const path: string[] = [];
  const cycles: Cycle[] = [];
  const reported = new Set<string>();

  const visit = (key: string): void => {
    state.set(key, "on-path");
    path.push(key);
    for (const edge of outgoing.get(key) ?? []) {
      const seen = state.get(edge.to);
      if (seen === "on-path") {
        // Two links between the same steps (a dependency and a due rule) close the same cycle once.
        const keys = [...path.slice(path.indexOf(edge.to)), edge.to];
        const id = keys.join(" ");
        if (!reported.has(id)) cycles.push({ keys, path: edge.path });
        reported.add(id);
      } else if (seen === undefined) {
        visit(edge.to);
      }
    }
    path.pop();
    state.set(key, "done");
  };

  for (const key of stepKeys) {
    if (!state.has(key)) visit(key);
  }
  return cycles;
}

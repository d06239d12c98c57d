import type { MatrixKit, RouteSpec } from "./kit";

/** The meetings, trust-moment and relationship-health routes (issue 6), one file per area. */
export function relationshipRows(kit: MatrixKit): Record<string, RouteSpec> {
  void kit;
  return {
  };
}

import { alignmentRows } from "./alignment";
import { calendarRows } from "./calendar";
import { earlyWinRows } from "./early-wins";
import { escalationRows } from "./escalations";
import type { MatrixKit, RouteSpec } from "./kit";
import { reviewRows } from "./reviews";
import { surveyRows } from "./surveys";

/** The meetings, trust-moment and relationship-health routes (issue 6), one file per area. */
export function relationshipRows(kit: MatrixKit): Record<string, RouteSpec> {
  void kit;
  return {
    ...surveyRows(kit),
    ...calendarRows(kit),
    ...escalationRows(kit),
    ...reviewRows(kit),
    ...alignmentRows(kit),
    ...earlyWinRows(kit),
  };
}

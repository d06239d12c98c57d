import { alignmentRows } from "./alignment";
import { calendarRows } from "./calendar";
import { earlyWinRows } from "./early-wins";
import { escalationRows } from "./escalations";
import { healthRows } from "./health";
import type { MatrixKit, RouteSpec } from "./kit";
import { meetingRows } from "./meetings";
import { retroRows } from "./retros";
import { readinessRows } from "./readiness";
import { reviewRows } from "./reviews";
import { surveyRows } from "./surveys";

/** The meetings, trust-moment and relationship-health routes (issue 6), one file per area. */
export function relationshipRows(kit: MatrixKit): Record<string, RouteSpec> {
  void kit;
  return {
    ...surveyRows(kit),
    ...meetingRows(kit),
    ...calendarRows(kit),
    ...retroRows(kit),
    ...escalationRows(kit),
    ...reviewRows(kit),
    ...alignmentRows(kit),
    ...earlyWinRows(kit),
    ...healthRows(kit),
    ...readinessRows(kit),
  };
}

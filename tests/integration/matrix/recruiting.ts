import { applicationsRows } from "./applications";
import { calibrationRows } from "./calibration";
import { emailTemplatesRows } from "./email-templates";
import { interviewsRows } from "./interviews";
import type { MatrixKit, RouteSpec } from "./kit";

/** The recruitment and vetting routes (issue 5), one file per area. */
export function recruitingRows(kit: MatrixKit): Record<string, RouteSpec> {
  void kit;
  return {
    ...applicationsRows(kit),
    ...calibrationRows(kit),
    ...emailTemplatesRows(kit),
    ...interviewsRows(kit),
  };
}

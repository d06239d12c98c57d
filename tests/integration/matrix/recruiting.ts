import { applicationsRows } from "./applications";
import { calibrationRows } from "./calibration";
import { emailTemplatesRows } from "./email-templates";
import { importsRows } from "./imports";
import { interviewsRows } from "./interviews";
import type { MatrixKit, RouteSpec } from "./kit";
import { pipelineRows } from "./pipeline";

/** The recruitment and vetting routes (issue 5), one file per area. */
export function recruitingRows(kit: MatrixKit): Record<string, RouteSpec> {
  void kit;
  return {
    ...applicationsRows(kit),
    ...calibrationRows(kit),
    ...emailTemplatesRows(kit),
    ...importsRows(kit),
    ...interviewsRows(kit),
    ...pipelineRows(kit),
  };
}

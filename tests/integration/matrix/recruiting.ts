import { calibrationRows } from "./calibration";
import { emailTemplatesRows } from "./email-templates";
import type { MatrixKit, RouteSpec } from "./kit";

/** The recruitment and vetting routes (issue 5), one file per area. */
export function recruitingRows(kit: MatrixKit): Record<string, RouteSpec> {
  void kit;
  return {
    ...calibrationRows(kit),
    ...emailTemplatesRows(kit),
  };
}

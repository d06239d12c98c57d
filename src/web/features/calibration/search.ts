import { z } from "zod";

const text = z.string().trim().min(1).max(100).optional().catch(undefined);
const day = z.iso.date().optional().catch(undefined);

/** The calibration filters live in the URL, so a link to "last month's culture interviews" stays one. */
export const CalibrationSearch = z.object({ kitId: text, stageKey: text, from: day, to: day });
export type CalibrationSearch = z.infer<typeof CalibrationSearch>;

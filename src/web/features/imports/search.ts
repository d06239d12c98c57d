import { z } from "zod";

/** The import being worked on lives in the URL, so a reload comes back to it. */
export const ImportsSearch = z.object({ importId: z.uuid().optional().catch(undefined) });
export type ImportsSearch = z.infer<typeof ImportsSearch>;

import { z } from "zod";

export const templateViews = ["editor", "history", "compare", "insights"] as const;
export type TemplateView = (typeof templateViews)[number];

/** Which view of a template is open, and which versions are compared, live in the URL. */
export const TemplatePageSearch = z.object({
  view: z.enum(templateViews).optional().catch(undefined),
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type TemplatePageSearch = z.infer<typeof TemplatePageSearch>;

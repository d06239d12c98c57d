import { z } from "zod";
import { LifecycleStage } from "../../../domain/partners/lifecycle";

const text = z.string().trim().min(1).optional().catch(undefined);

export const pipelineSorts = ["name", "-name", "stage", "-stage", "inStage", "-inStage"] as const;

/** The pipeline's view and filters live in the URL, so links, reloads and the back button keep them. */
export const PipelineSearch = z.object({
  view: z.enum(["board", "table"]).optional().catch(undefined),
  q: text,
  programId: text,
  ownerUserId: text,
  typeId: text,
  // The table only: the board shows every stage as a column.
  stage: LifecycleStage.optional().catch(undefined),
  sort: z.enum(pipelineSorts).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type PipelineSearch = z.infer<typeof PipelineSearch>;
export type PipelineFilters = Pick<PipelineSearch, "q" | "programId" | "ownerUserId" | "typeId">;

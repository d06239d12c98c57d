import { z } from "zod";
import { OutboxQuery } from "../../../domain/audit/schemas";

export const OutboxSearch = z.object({
  status: OutboxQuery.shape.status.catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type OutboxSearch = z.infer<typeof OutboxSearch>;

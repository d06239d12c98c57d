import { z } from "zod";

const text = z.string().trim().min(1).optional().catch(undefined);
const day = z.iso.date().optional().catch(undefined);

export const AuditSearch = z.object({
  action: text,
  entityType: text,
  entityId: text,
  actorUserId: text,
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type AuditSearch = z.infer<typeof AuditSearch>;

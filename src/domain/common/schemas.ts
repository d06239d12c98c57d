import { z } from "zod";

/** Ids are UUIDs; a malformed one is a 400 before any query runs. */
export const Id = z.uuid({ message: "must be a valid id (UUID)" });

export const WorkspaceSlug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, "use 1–48 lowercase letters, digits and dashes");

/** The version a client last saw; a stale one is answered with 409. */
export const Version = z.number().int().min(1);

export const Page = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const Timestamp = z.iso.datetime({ offset: true });

/** Every error body: RFC 9457 problem details with the fields at fault, if any. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof Problem>;

export const Ok = z.object({ ok: z.literal(true) });

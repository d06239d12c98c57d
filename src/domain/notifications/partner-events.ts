import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { EventName } from "../journeys/due-rule";

const maxDataBytes = 16_384;

/** Something that happened to a partner (a first deal, a KPI), raised by an integration or a manager. */
export const RaiseEventInput = z.strictObject({
  partnerId: Id,
  name: EventName,
  data: z
    .record(z.string(), z.unknown())
    .refine((data) => JSON.stringify(data).length <= maxDataBytes, `must be at most ${maxDataBytes} bytes as JSON`)
    .optional(),
  /** Send the same key again (a retry) and the event is raised once; the first one is answered. */
  idempotencyKey: z.string().trim().min(1, "cannot be empty").max(200, "at most 200 characters").optional(),
});
export type RaiseEventInput = z.infer<typeof RaiseEventInput>;

export const PartnerEvent = z
  .object({
    id: Id,
    partnerId: Id,
    name: z.string(),
    data: z.record(z.string(), z.unknown()),
    source: z.string(),
    idempotencyKey: z.string().nullable(),
    at: Timestamp,
  })
  .meta({ id: "PartnerEvent" });
export type PartnerEvent = z.infer<typeof PartnerEvent>;

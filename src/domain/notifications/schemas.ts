import { z } from "zod";
import { Id, Page, Timestamp } from "../common/schemas";
import { TimerKind } from "./timer-plan";

/** What the bell shows: the caller's own notifications, newest first, with the unread count. */
export const Notification = z
  .object({
    id: Id,
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    /** An app path (`/w/acme/partners/…/journey?step=…`) that the notification opens, if any. */
    link: z.string().nullable(),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: "Notification" });
export type Notification = z.infer<typeof Notification>;

export const NotificationQuery = Page.extend({
  unread: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationList = z
  .object({
    items: z.array(Notification),
    total: z.number().int(),
    unread: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "NotificationList" });
export type NotificationList = z.infer<typeof NotificationList>;

export const ReadAllResult = z.object({ updated: z.number().int() });

/** Why the sweep let a due timer pass without telling anyone. */
export const SkipReason = z.enum(["step_closed", "journey_cancelled", "rescheduled", "no_recipient"]);
export type SkipReason = z.infer<typeof SkipReason>;

/** One timer the sweep handled: who was told, or why nobody was. */
export const FiredTimer = z.object({
  timerId: Id,
  workspaceId: Id,
  stepId: Id,
  kind: TimerKind,
  dueAt: Timestamp,
  notifiedUserIds: z.array(z.string()),
  skipped: SkipReason.nullable(),
});
export type FiredTimer = z.infer<typeof FiredTimer>;

/** The test-only clock (DESIGN section 6, "Time"): exists only when NODE_ENV=test. */
export const SetClockInput = z.strictObject({ now: Timestamp });
export const SetClockResult = z.object({ now: Timestamp, fired: z.array(FiredTimer) }).meta({ id: "SetClockResult" });
export type SetClockResult = z.infer<typeof SetClockResult>;

import { z } from "zod";
import { Timestamp } from "../common/schemas";

/*
 * The API contracts of the private calendar feed (R-H2): one feed per person and workspace,
 * subscribed to by URL. The URL carries a secret that the server shows once and keeps only as a
 * SHA-256 hash, so the feed's state is all the page can read back later.
 */

/** GET /api/w/:ws/me/calendar-feed — whether I have a feed turned on, and since when. */
export const CalendarFeedStatus = z
  .object({
    active: z.boolean(),
    createdAt: Timestamp.nullable(),
  })
  .meta({ id: "CalendarFeedStatus" });
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

/** POST /api/w/:ws/me/calendar-feed — the feed's URL, shown once (only its hash is stored). */
export const CreatedCalendarFeed = z
  .object({
    url: z.url(),
    createdAt: Timestamp,
  })
  .meta({ id: "CreatedCalendarFeed" });
export type CreatedCalendarFeed = z.infer<typeof CreatedCalendarFeed>;

/** A feed secret: 32 random bytes in base64url (43 characters, no padding). */
export const CalendarFeedSecret = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a calendar feed address");

import { z } from "zod";

/**
 * The two sides of a partnership. Trust moments are always about both: who raised an escalation,
 * who leads the early win, whose score dropped. The same two words as a journey step's assignee.
 */
export const sides = ["host", "partner"] as const;
export const Side = z.enum(sides, { error: "use host or partner" });
export type Side = z.infer<typeof Side>;

/** A person on one side; the id is a user id the server checks belongs to that side. */
export const Party = z.strictObject({
  side: Side,
  userId: z.string().trim().min(1, "name the person (a user id)").max(100, "at most 100 characters"),
});
export type Party = z.infer<typeof Party>;

export function otherSide(side: Side): Side {
  return side === "host" ? "partner" : "host";
}

/**
 * A timer the server's sweep raises exactly once (DESIGN section 4: timers are due dates).
 * `kind` doubles as the unique key of the outbox message together with the subject's id.
 */
export interface Timer<Kind extends string> {
  readonly kind: Kind;
  readonly fireAt: Date;
}

export const MS_PER_HOUR = 3_600_000;

import { z } from "zod";

/** A step's key inside a template: stable across versions, used by dependencies and due rules. */
export const StepKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "use a lowercase key of letters, digits and underscores, starting with a letter");
export type StepKey = z.infer<typeof StepKey>;

/** An event other modules (or `POST /api/events`) raise for a partner, e.g. `first_deal_approved`. */
export const EventName = z.string().regex(/^[a-z][a-z0-9_.]{0,62}$/, "use a lowercase event name such as first_deal_approved");

/**
 * How long after the anchor a step is due: exactly one of calendar days, business days
 * (Monday–Friday in the partner's time zone) or hours.
 */
const offsetMessage = "give exactly one of days, businessDays or hours, e.g. { days: 7 }";
export const Offset = z.union(
  [
    z.strictObject({ days: z.number().int().min(0).max(3650) }),
    z.strictObject({ businessDays: z.number().int().min(0).max(2600) }),
    z.strictObject({ hours: z.number().int().min(0).max(87_600) }),
  ],
  { error: offsetMessage },
);
export type Offset = z.infer<typeof Offset>;

/**
 * When a step is due, relative to the journey's start, another step being done, or an event.
 * `repeat` makes it recurring ("weekly until step X is done"): a new occurrence falls due every
 * `every` after the previous one until the named step is done.
 *
 * YAML: `due: { after: start, businessDays: 5 }`, `due: { after: step, step: kickoff, days: 1 }`,
 * `due: { after: event, event: first_deal_approved, hours: 48 }`,
 * `due: { after: start, days: 7, repeat: { every: { days: 7 }, until: early_win_done } }`.
 */
const anchors = {
  start: z.strictObject({ after: z.literal("start") }),
  step: z.strictObject({ after: z.literal("step"), step: StepKey }),
  event: z.strictObject({ after: z.literal("event"), event: EventName }),
};
/** A repeat interval is at least one unit: a zero interval would fall due on the same instant forever. */
const RepeatInterval = z.union(
  [
    z.strictObject({ days: z.number().int().min(1).max(3650) }),
    z.strictObject({ businessDays: z.number().int().min(1).max(2600) }),
    z.strictObject({ hours: z.number().int().min(1).max(87_600) }),
  ],
  { error: "repeat every at least one of days, businessDays or hours, e.g. { days: 7 }" },
);
const Repeat = z.strictObject({ every: RepeatInterval, until: StepKey });

// A union's own message is what a person sees when no alternative comes close; it names the
// shapes that are accepted instead of zod's bare "Invalid input".
const dueMessage =
  "due needs after: start, after: step (with step), or after: event (with event), plus exactly one of days, businessDays or hours, e.g. { after: start, businessDays: 5 }";

function withOffset<Shape extends z.ZodRawShape>(anchor: z.ZodObject<Shape>) {
  return z.union(
    [
      anchor.extend({ days: z.number().int().min(0).max(3650), repeat: Repeat.optional() }).strict(),
      anchor.extend({ businessDays: z.number().int().min(0).max(2600), repeat: Repeat.optional() }).strict(),
      anchor.extend({ hours: z.number().int().min(0).max(87_600), repeat: Repeat.optional() }).strict(),
    ],
    { error: dueMessage },
  );
}

export const DueRule = z.union([withOffset(anchors.start), withOffset(anchors.step), withOffset(anchors.event)], {
  error: dueMessage,
});
export type DueRule = z.infer<typeof DueRule>;

/** The offset of a due rule, whichever unit it is written in. */
export function offsetOf(rule: DueRule): Offset {
  if ("businessDays" in rule) return { businessDays: rule.businessDays };
  if ("hours" in rule) return { hours: rule.hours };
  return { days: rule.days };
}

import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { text } from "../journeys/template/text";
import { Party, type Side } from "./side";

/**
 * What a held meeting leaves behind: notes, decisions and action items. Action items become
 * journey steps on the server; each carries its own id (made by the client) so that saving the
 * notes again updates the step it already created instead of adding a second one.
 */

const owner = z.strictObject(Party.shape, {
  error: (issue) => (issue.input === undefined ? "every action item needs an owner (side and person)" : "owner must be a side and a person"),
});

export const ActionItem = z.strictObject({
  id: Id,
  title: text(200),
  owner,
  dueAt: Timestamp,
});
export type ActionItem = z.infer<typeof ActionItem>;

export const maxActionItems = 50;

const MeetingRecordShape = z.strictObject({
  notes: z.string().trim().max(20_000, "at most 20,000 characters").default(""),
  decisions: z.array(text(500)).max(50, "at most 50 decisions").default([]),
  actionItems: z
    .array(ActionItem)
    .max(maxActionItems, `at most ${maxActionItems} action items`)
    .default([])
    .refine((items) => new Set(items.map((entry) => entry.id)).size === items.length, "each action item needs its own id"),
});
export type MeetingRecord = z.infer<typeof MeetingRecordShape>;

/**
 * The record of a meeting that ended at `meetingEndsAt`. An action item due before the meeting
 * is over would be late the moment it is created, which is always a typo, so it is refused.
 */
export function MeetingRecordFor(meetingEndsAt: Date) {
  return MeetingRecordShape.superRefine((record, context) => {
    record.actionItems.forEach((entry, index) => {
      if (new Date(entry.dueAt).getTime() < meetingEndsAt.getTime()) {
        context.addIssue({
          code: "custom",
          path: ["actionItems", index, "dueAt"],
          message: `"${entry.title}" is due before the meeting ends (${meetingEndsAt.toISOString()}); pick a later date`,
        });
      }
    });
  });
}

/** What the server needs to create (or update) the journey step of one action item. */
export interface ActionItemStep {
  /** Stable across saves: the step is created once per action item. */
  readonly sourceKey: string;
  readonly title: string;
  readonly ownerSide: Side;
  readonly ownerUserId: string;
  readonly dueAt: Date;
}

export function actionItemSteps(meetingId: string, record: MeetingRecord): ActionItemStep[] {
  return record.actionItems.map((entry) => ({
    sourceKey: `meeting:${meetingId}:action:${entry.id}`,
    title: entry.title,
    ownerSide: entry.owner.side,
    ownerUserId: entry.owner.userId,
    dueAt: new Date(entry.dueAt),
  }));
}

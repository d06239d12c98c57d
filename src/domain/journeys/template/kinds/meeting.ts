import { z } from "zod";
import { text } from "../text";
import { defineStepKind } from "./define";

export const meetingTypes = [
  "kickoff",
  "alignment",
  "check_in",
  "quarterly_review",
  "retrospective",
  "resolution",
  "debrief",
  "workshop",
] as const;

/** A meeting to hold; the journey later records its time and attendees and offers an .ics file. */
export const meeting = defineStepKind("meeting", {
  meetingType: z.enum(meetingTypes, { error: `use one of ${meetingTypes.join(", ")}` }),
  durationMinutes: z
    .number()
    .int("use whole minutes")
    .min(5, "at least 5 minutes")
    .max(480, "at most 480 minutes (8 hours)")
    .default(60),
  agenda: z.array(text(300)).max(30, "at most 30 agenda items").default([]),
});
export const meetingKind = meeting.name;
export const MeetingFields = meeting.fields;

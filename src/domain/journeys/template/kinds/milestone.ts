import { EventName } from "../../due-rule";
import { defineStepKind } from "./define";

/** Nobody ticks a milestone off: the named event (e.g. first_deal_approved) completes it. */
export const milestone = defineStepKind("milestone", {
  completedBy: EventName,
});
export const milestoneKind = milestone.name;
export const MilestoneFields = milestone.fields;

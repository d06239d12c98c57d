import { defineStepKind } from "./define";

/** Something a person does and ticks off; the common fields say all there is to say. */
export const task = defineStepKind("task", {});
export const taskKind = task.name;
export const TaskFields = task.fields;

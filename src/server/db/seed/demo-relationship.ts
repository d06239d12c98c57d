import type { AppContext } from "../../context";
import type { Caller } from "../../plugins/route-kit";
import { loadDemoAlignment } from "./demo-alignment";
import { loadDemoEscalations } from "./demo-escalations";
import { loadDemoHealth } from "./demo-health";
import { loadDemoMeetings } from "./demo-meetings";
import { loadDemoRetros } from "./demo-retros";
import { loadDemoSurveys } from "./demo-surveys";

/**
 * The relationship side of the demo (issue 6): meetings with notes and recaps, preferences and
 * the alignment record, an early win, escalations and quarterly reviews, surveys and retro
 * insights. Health is scored last, from everything the others wrote.
 */
export async function loadDemoRelationships(ctx: AppContext, owner: Caller): Promise<void> {
  await loadDemoMeetings(ctx, owner);
  await loadDemoAlignment(ctx, owner);
  await loadDemoEscalations(ctx, owner);
  await loadDemoSurveys(ctx, owner);
  await loadDemoRetros(ctx, owner);
  await loadDemoHealth(ctx, owner);
}

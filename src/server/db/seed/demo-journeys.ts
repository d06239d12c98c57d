import { and, eq } from "drizzle-orm";
import { Readable } from "node:stream";
import type { Journey, JourneyStep } from "../../../domain/journeys/contracts";
import { FormFields } from "../../../domain/journeys/template/kinds/form";
import type { AppContext } from "../../context";
import { partners, programTracks } from "../schema";
import { completeStep } from "../../modules/journeys/complete";
import { startJourney } from "../../modules/journeys/start";
import { readJourney } from "../../modules/journeys/read";
import { raiseEvent } from "../../modules/events/service";
import { uploadStepFile } from "../../modules/files/service";
import { scheduleStepMeeting } from "../../modules/meetings/service";
import type { Caller } from "../../plugins/route-kit";

const dayMs = 24 * 3_600_000;

/** What a partner's journey should look like on first start: how long ago it began, how far it got. */
export interface DemoJourneyPlan {
  partnerId: string;
  startedDaysAgo: number;
  /** Share of the steps that can be worked on to complete (0–1); the rest stays open, late if due. */
  progress: number;
  /** Kinds left for the partner's people to do themselves in the portal walkthrough. */
  leaveForPartner?: boolean;
}

/**
 * Starts the demo's journeys through the same services people use (so history, timelines and
 * timers are real) and works through part of each, so the screens show journeys on track, at
 * risk, late and done on first start.
 */
export async function loadDemoJourneys(ctx: AppContext, owner: Caller, plans: readonly DemoJourneyPlan[]): Promise<void> {
  for (const plan of plans) {
    const templateId = await trackTemplateOf(ctx, owner.workspace.id, plan.partnerId);
    if (!templateId) continue;
    // Journeys start at the beginning of a working day, as people start them.
    const day = new Date(ctx.clock.now().getTime() - plan.startedDaysAgo * dayMs);
    const startAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 8)).toISOString();
    let journey = await startJourney(ctx, owner, plan.partnerId, { templateId, startAt });
    const target = Math.round(journey.steps.length * plan.progress);
    let done = 0;
    while (done < target) {
      const step = journey.steps.find((candidate) => workable(candidate, plan));
      if (!step) break;
      journey = await workThrough(ctx, owner, journey.id, plan.partnerId, step);
      done += 1;
    }
  }
}

/** Does what a person would: holds the meeting, uploads a file, raises the milestone's event, or completes. */
async function workThrough(ctx: AppContext, owner: Caller, journeyId: string, partnerId: string, step: JourneyStep): Promise<Journey> {
  const ids = { partnerId, journeyId, stepId: step.id };
  let version = step.version;
  if (step.kind === "milestone") {
    const event = typeof step.fields.completedBy === "string" ? step.fields.completedBy : "";
    await raiseEvent(ctx, owner, { partnerId, name: event, data: { source: "demo" } });
    return readJourney(ctx, owner, partnerId, journeyId);
  }
  if (step.kind === "meeting") {
    const startsAt = new Date(Math.min(Date.parse(step.dueAt ?? "") || ctx.clock.now().getTime(), ctx.clock.now().getTime()) - 2 * 3_600_000);
    const scheduled = await scheduleStepMeeting(ctx, owner, ids, { version, startsAt: startsAt.toISOString(), location: "Video call", attendeeUserIds: [owner.actor.userId] });
    version = scheduled.stepVersion;
  }
  if (step.kind === "upload_request") {
    const fileName = `${step.key.replaceAll("_", "-")}.pdf`;
    const bytes = Buffer.from(`%PDF-1.4\n% Demo document for ${step.title}\n%%EOF\n`);
    await uploadStepFile(ctx, owner, ids, { fileName, contentType: "application/pdf", declaredLength: bytes.length, body: Readable.from([bytes]) });
  }
  return completeStep(ctx, owner, ids, { version, input: inputFor(step, owner.name, ctx.clock.now().toISOString().slice(0, 10)) });
}

async function trackTemplateOf(ctx: AppContext, workspaceId: string, partnerId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ templateId: programTracks.templateId })
    .from(partners)
    .innerJoin(programTracks, eq(programTracks.partnerTypeId, partners.typeId))
    .where(and(eq(partners.id, partnerId), eq(partners.workspaceId, workspaceId)));
  return row?.templateId ?? null;
}

/** Steps the demo works through on people's behalf: ready ones (for Brightpath, not its own people's). */
function workable(step: JourneyStep, plan: DemoJourneyPlan): boolean {
  if (step.state !== "ready" || (step.kind === "upload_request" && !acceptsPdf(step))) return false;
  return !(plan.leaveForPartner && step.ownerRole.startsWith("partner:"));
}

function acceptsPdf(step: JourneyStep): boolean {
  const accept = Array.isArray(step.fields.accept) ? step.fields.accept : [];
  return accept.some((type) => type === ".pdf" || type === "application/pdf");
}

function inputFor(step: JourneyStep, name: string, today: string): unknown {
  if (step.kind === "document_acknowledgement") return { acknowledged: true, signature: name };
  if (step.kind !== "form") return undefined;
  const fields = FormFields.shape.fields.safeParse(step.fields.fields);
  const answers: Record<string, unknown> = {};
  for (const field of fields.success ? fields.data : []) {
    if (field.type === "number") answers[field.key] = 12;
    else if (field.type === "date") answers[field.key] = today;
    else if (field.type === "boolean") answers[field.key] = true;
    else if (field.type === "choice") answers[field.key] = field.choices?.[0];
    else answers[field.key] = "Answered during the demo set-up.";
  }
  return { answers };
}


import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id, Timestamp } from "../../../domain/common/schemas";
import { CompleteStepInput, CompletionPreview, Journey, ReassignStepInput, ReasonedStepInput, RescheduleStepInput } from "../../../domain/journeys/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems } from "../../plugins/route-kit";
import { completeStep, previewCompletion } from "./complete";
import { JourneyParams } from "./routes";
import { reassignStep, rescheduleStep, reopenStep, skipStep } from "./step-changes";

const StepParams = JourneyParams.extend({ stepId: Id });
const tags = ["journeys"];
const base = "/api/w/:ws/partners/:partnerId/journeys/:journeyId/steps/:stepId";

/** What people do to one step. Each change names the step version it was made on (409 when stale). */
export async function journeyStepRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    `${base}/completion-preview`,
    {
      config: { action: "journey.read" },
      schema: { tags, summary: "Due dates that completing this step would shift", params: StepParams, querystring: z.strictObject({ completedAt: Timestamp.optional() }), response: { 200: CompletionPreview, ...problems } },
    },
    async (request) => previewCompletion(ctx, callerOf(request), request.params, request.query.completedAt),
  );

  r.post(
    `${base}/complete`,
    { config: { action: "journey.step.act" }, schema: { tags, summary: "Complete a step (with what its kind asks for)", params: StepParams, body: CompleteStepInput, response: { 200: Journey, ...problems } } },
    async (request) => completeStep(ctx, callerOf(request), request.params, request.body),
  );

  r.post(
    `${base}/reopen`,
    { config: { action: "journey.manage" }, schema: { tags, summary: "Send a done or skipped step back, with a reason", params: StepParams, body: ReasonedStepInput, response: { 200: Journey, ...problems } } },
    async (request) => reopenStep(ctx, callerOf(request), request.params, request.body),
  );

  r.post(
    `${base}/skip`,
    { config: { action: "journey.manage" }, schema: { tags, summary: "Skip a step that is not required, with a reason", params: StepParams, body: ReasonedStepInput, response: { 200: Journey, ...problems } } },
    async (request) => skipStep(ctx, callerOf(request), request.params, request.body),
  );

  r.post(
    `${base}/reassign`,
    { config: { action: "journey.manage" }, schema: { tags, summary: "Give a step to another person of the same side", params: StepParams, body: ReassignStepInput, response: { 200: Journey, ...problems } } },
    async (request) => reassignStep(ctx, callerOf(request), request.params, request.body),
  );

  r.post(
    `${base}/reschedule`,
    { config: { action: "journey.manage" }, schema: { tags, summary: "Set a step's due date by hand, with a reason", params: StepParams, body: RescheduleStepInput, response: { 200: Journey, ...problems } } },
    async (request) => rescheduleStep(ctx, callerOf(request), request.params, request.body),
  );
}

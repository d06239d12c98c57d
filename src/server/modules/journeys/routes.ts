import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import { AdHocStepInput, Journey, JourneyEvent, JourneySummary, ReasonedStepInput, StartJourneyInput, UpgradeInput, UpgradePreview } from "../../../domain/journeys/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { journeyEvents } from "./history";
import { addAdHocStep, cancelJourney } from "./journey-changes";
import { listPartnerJourneys, readJourney } from "./read";
import { startJourney } from "./start";
import { previewUpgrade, upgradeJourney } from "./upgrade";

export const PartnerParams = WsParams.extend({ partnerId: Id });
export const JourneyParams = PartnerParams.extend({ journeyId: Id });
const tags = ["journeys"];
const base = "/api/w/:ws/partners/:partnerId/journeys";

/** Journeys of a partner: start, read, history, ad-hoc steps, cancel, upgrade. Steps are in routes-steps.ts. */
export async function journeyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, { config: { action: "journey.read" }, schema: { tags, summary: "A partner's journeys, newest first", params: PartnerParams, response: { 200: z.array(JourneySummary), ...problems } } }, async (request) =>
    listPartnerJourneys(ctx, callerOf(request), request.params.partnerId),
  );

  r.post(
    base,
    { config: { action: "journey.manage" }, schema: { tags, summary: "Start a journey for a partner from a template version", params: PartnerParams, body: StartJourneyInput, response: { 201: Journey, ...problems } } },
    async (request, reply) => reply.status(201).send(await startJourney(ctx, callerOf(request), request.params.partnerId, request.body)),
  );

  r.get(`${base}/:journeyId`, { config: { action: "journey.read" }, schema: { tags, summary: "One journey with phases, steps, progress and status", params: JourneyParams, response: { 200: Journey, ...problems } } }, async (request) =>
    readJourney(ctx, callerOf(request), request.params.partnerId, request.params.journeyId),
  );

  r.get(
    `${base}/:journeyId/events`,
    { config: { action: "journey.read" }, schema: { tags, summary: "The journey's history, newest first", params: JourneyParams, response: { 200: z.array(JourneyEvent), ...problems } } },
    async (request) => journeyEvents(ctx, callerOf(request), request.params),
  );

  r.post(
    `${base}/:journeyId/steps`,
    { config: { action: "journey.manage" }, schema: { tags, summary: "Add an ad-hoc step for this partner", params: JourneyParams, body: AdHocStepInput, response: { 201: Journey, ...problems } } },
    async (request, reply) => reply.status(201).send(await addAdHocStep(ctx, callerOf(request), request.params, request.body)),
  );

  r.post(
    `${base}/:journeyId/cancel`,
    { config: { action: "journey.manage" }, schema: { tags, summary: "Stop a journey before its end, with a reason", params: JourneyParams, body: ReasonedStepInput, response: { 200: Journey, ...problems } } },
    async (request) => cancelJourney(ctx, callerOf(request), request.params, request.body),
  );

  r.get(
    `${base}/:journeyId/upgrade-preview`,
    {
      config: { action: "journey.manage" },
      schema: { tags, summary: "What moving to another template version would change", params: JourneyParams, querystring: z.strictObject({ toVersion: z.coerce.number().int().min(1) }), response: { 200: UpgradePreview, ...problems } },
    },
    async (request) => previewUpgrade(ctx, callerOf(request), request.params, request.query.toVersion),
  );

  r.post(
    `${base}/:journeyId/upgrade`,
    { config: { action: "journey.manage" }, schema: { tags, summary: "Move a running journey to another template version, keeping what is done", params: JourneyParams, body: UpgradeInput, response: { 200: Journey, ...problems } } },
    async (request) => upgradeJourney(ctx, callerOf(request), request.params, request.body),
  );
}

import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AlignmentView, PreferencesView } from "../../../domain/alignment/contracts";
import { Id } from "../../../domain/common/schemas";
import { AlignmentEdit, PreferencesSurvey } from "../../../domain/trust/alignment";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { editAlignment, readAlignment } from "./alignment-record";
import { answerPreferences, readPreferences } from "./preferences";

const PartnerParams = WsParams.extend({ partnerId: Id });
const base = "/api/w/:ws/partners/:partnerId";
const tags = ["alignment"];

export async function alignmentRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    `${base}/preferences`,
    { config: { action: "relationship.read" }, schema: { tags, summary: "Both sides' answers to the preferences survey, with their summary", params: PartnerParams, response: { 200: PreferencesView, ...problems } } },
    async (request) => readPreferences(ctx, callerOf(request), request.params.partnerId),
  );

  r.put(
    `${base}/preferences`,
    {
      config: { action: "relationship.write" },
      schema: { tags, summary: "Answer (or change) my own preferences for this partnership", params: PartnerParams, body: PreferencesSurvey, response: { 200: PreferencesView, ...problems } },
    },
    async (request) => answerPreferences(ctx, callerOf(request), request.params.partnerId, request.body),
  );

  r.get(
    `${base}/alignment`,
    { config: { action: "relationship.read" }, schema: { tags, summary: "The alignment record, its version and its history", params: PartnerParams, response: { 200: AlignmentView, ...problems } } },
    async (request) => readAlignment(ctx, callerOf(request), request.params.partnerId),
  );

  r.put(
    `${base}/alignment`,
    {
      config: { action: "relationship.write" },
      schema: {
        tags,
        summary: "Edit the alignment record (send the version read; 409 names the fields changed since)",
        params: PartnerParams,
        body: AlignmentEdit,
        response: { 200: AlignmentView, ...problems },
      },
    },
    async (request) => editAlignment(ctx, callerOf(request), request.params.partnerId, request.body),
  );
}

import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id, Ok } from "../../../domain/common/schemas";
import { PartnerType } from "../../../domain/partners/schemas";
import { PartnerTypeInput, PartnerTypeRename, Program, ProgramInput, ProgramPatch, TierRequirementInput, TrackInput, VersionQuery } from "../../../domain/programs/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { createPartnerType, renamePartnerType } from "./partner-types";
import { createProgram, deleteProgram, getProgram, listPrograms, removeTrack, setTierRequirements, setTrack, updateProgram } from "./service";

const ProgramParams = WsParams.extend({ programId: Id });
const TrackParams = ProgramParams.extend({ partnerTypeId: Id });
const TierParams = ProgramParams.extend({ tierId: Id });
const PartnerTypeParams = WsParams.extend({ partnerTypeId: Id });
const tags = ["programs"];

/** Programs, their tracks (partner type → template) and tier requirements; partner types themselves (R-C1). */
export async function programRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/programs",
    { config: { action: "program.read" }, schema: { tags, summary: "Programs with their tracks and tier requirements", params: WsParams, response: { 200: z.array(Program), ...problems } } },
    async (request) => listPrograms(ctx, callerOf(request)),
  );

  r.post(
    "/api/w/:ws/programs",
    { config: { action: "program.manage" }, schema: { tags, summary: "Create a program", params: WsParams, body: ProgramInput, response: { 201: Program, ...problems } } },
    async (request, reply) => reply.status(201).send(await createProgram(ctx, callerOf(request), request.body)),
  );

  r.get(
    "/api/w/:ws/programs/:programId",
    { config: { action: "program.read" }, schema: { tags, summary: "One program", params: ProgramParams, response: { 200: Program, ...problems } } },
    async (request) => getProgram(ctx, callerOf(request), request.params.programId),
  );

  r.patch(
    "/api/w/:ws/programs/:programId",
    { config: { action: "program.manage" }, schema: { tags, summary: "Rename or describe a program (send the version you read)", params: ProgramParams, body: ProgramPatch, response: { 200: Program, ...problems } } },
    async (request) => updateProgram(ctx, callerOf(request), request.params.programId, request.body),
  );

  r.delete(
    "/api/w/:ws/programs/:programId",
    { config: { action: "program.manage" }, schema: { tags, summary: "Delete a program no journey was started under (?version= as read)", params: ProgramParams, querystring: VersionQuery, response: { 200: Ok, ...problems } } },
    async (request) => {
      await deleteProgram(ctx, callerOf(request), request.params.programId, request.query.version);
      return { ok: true as const };
    },
  );

  r.put(
    "/api/w/:ws/programs/:programId/tracks/:partnerTypeId",
    { config: { action: "program.manage" }, schema: { tags, summary: "Set the template a partner type follows in this program", params: TrackParams, body: TrackInput, response: { 200: Program, ...problems } } },
    async (request) => setTrack(ctx, callerOf(request), request.params.programId, request.params.partnerTypeId, request.body),
  );

  r.delete(
    "/api/w/:ws/programs/:programId/tracks/:partnerTypeId",
    { config: { action: "program.manage" }, schema: { tags, summary: "Remove a partner type's track from this program (?version= as read)", params: TrackParams, querystring: VersionQuery, response: { 200: Program, ...problems } } },
    async (request) => removeTrack(ctx, callerOf(request), request.params.programId, request.params.partnerTypeId, request.query.version),
  );

  r.put(
    "/api/w/:ws/programs/:programId/tiers/:tierId",
    { config: { action: "program.manage" }, schema: { tags, summary: "What a tier asks of a partner in this program (empty removes it)", params: TierParams, body: TierRequirementInput, response: { 200: Program, ...problems } } },
    async (request) => setTierRequirements(ctx, callerOf(request), request.params.programId, request.params.tierId, request.body),
  );

  r.post(
    "/api/w/:ws/partner-types",
    { config: { action: "program.manage" }, schema: { tags, summary: "Add a partner type (a new track)", params: WsParams, body: PartnerTypeInput, response: { 201: PartnerType, ...problems } } },
    async (request, reply) => reply.status(201).send(await createPartnerType(ctx, callerOf(request), request.body)),
  );

  r.patch(
    "/api/w/:ws/partner-types/:partnerTypeId",
    { config: { action: "program.manage" }, schema: { tags, summary: "Rename a partner type (its key stays)", params: PartnerTypeParams, body: PartnerTypeRename, response: { 200: PartnerType, ...problems } } },
    async (request) => renamePartnerType(ctx, callerOf(request), request.params.partnerTypeId, request.body),
  );
}

import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import { attachmentDisposition } from "../../../domain/files/accept";
import {
  CancelInterviewInput,
  Interview,
  InterviewList,
  Kit,
  KitInput,
  KitList,
  KitListQuery,
  KitPatch,
  RescheduleInterviewInput,
  ScheduleInterviewInput,
  ScheduleResult,
  VersionBody,
} from "../../../domain/interviews/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { interviewInvite } from "./invite";
import { createKit, getKit, listKits, setKitArchived, updateKit } from "./kits";
import { getInterview, interviewsOfPartner } from "./read";
import { cancelInterview, rescheduleInterview, scheduleInterview } from "./schedule";

const KitParams = WsParams.extend({ kitId: Id });
const PartnerParams = WsParams.extend({ partnerId: Id });
export const InterviewParams = PartnerParams.extend({ interviewId: Id });
const Calendar = z.string().meta({ description: "An iCalendar (RFC 5545) file with one event" });
const kitTags = ["interview kits"];
export const interviewTags = ["interviews"];

/** Interview kits and the scheduling of interviews (R-B3). */
export async function interviewRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/interview-kits",
    { config: { action: "interview.read" }, schema: { tags: kitTags, summary: "Interview kits (the built-in one is added on first use)", params: WsParams, querystring: KitListQuery, response: { 200: KitList, ...problems } } },
    async (request) => listKits(ctx, callerOf(request), request.query.archived === "include"),
  );
  r.post(
    "/api/w/:ws/interview-kits",
    { config: { action: "recruiting.configure" }, schema: { tags: kitTags, summary: "Create an interview kit", params: WsParams, body: KitInput, response: { 201: Kit, ...problems } } },
    async (request, reply) => reply.status(201).send(await createKit(ctx, callerOf(request), request.body)),
  );
  r.get(
    "/api/w/:ws/interview-kits/:kitId",
    { config: { action: "interview.read" }, schema: { tags: kitTags, summary: "One interview kit", params: KitParams, response: { 200: Kit, ...problems } } },
    async (request) => getKit(ctx, callerOf(request), request.params.kitId),
  );
  r.patch(
    "/api/w/:ws/interview-kits/:kitId",
    { config: { action: "recruiting.configure" }, schema: { tags: kitTags, summary: "Edit an interview kit (send the version you read)", params: KitParams, body: KitPatch, response: { 200: Kit, ...problems } } },
    async (request) => updateKit(ctx, callerOf(request), request.params.kitId, request.body),
  );
  r.post(
    "/api/w/:ws/interview-kits/:kitId/archive",
    { config: { action: "recruiting.configure" }, schema: { tags: kitTags, summary: "Archive an interview kit", params: KitParams, body: VersionBody, response: { 200: Kit, ...problems } } },
    async (request) => setKitArchived(ctx, callerOf(request), request.params.kitId, request.body.version, true),
  );
  r.post(
    "/api/w/:ws/interview-kits/:kitId/restore",
    { config: { action: "recruiting.configure" }, schema: { tags: kitTags, summary: "Restore an archived interview kit", params: KitParams, body: VersionBody, response: { 200: Kit, ...problems } } },
    async (request) => setKitArchived(ctx, callerOf(request), request.params.kitId, request.body.version, false),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/interviews",
    { config: { action: "interview.read" }, schema: { tags: interviewTags, summary: "The candidate's interviews (an interviewer sees the ones they sit on)", params: PartnerParams, response: { 200: InterviewList, ...problems } } },
    async (request) => interviewsOfPartner(ctx, callerOf(request), request.params.partnerId),
  );
  r.post(
    "/api/w/:ws/partners/:partnerId/interviews",
    { config: { action: "interview.manage" }, schema: { tags: interviewTags, summary: "Schedule an interview: a kit's stage, a time, a place and a panel", params: PartnerParams, body: ScheduleInterviewInput, response: { 201: ScheduleResult, ...problems } } },
    async (request, reply) => reply.status(201).send(await scheduleInterview(ctx, callerOf(request), request.params.partnerId, request.body)),
  );
  r.get(
    "/api/w/:ws/partners/:partnerId/interviews/:interviewId",
    { config: { action: "interview.read" }, schema: { tags: interviewTags, summary: "One interview with its panel", params: InterviewParams, response: { 200: Interview, ...problems } } },
    async (request) => getInterview(ctx, callerOf(request), request.params.partnerId, request.params.interviewId),
  );
  r.patch(
    "/api/w/:ws/partners/:partnerId/interviews/:interviewId",
    { config: { action: "interview.manage" }, schema: { tags: interviewTags, summary: "Move an interview or change its panel (send the version you read)", params: InterviewParams, body: RescheduleInterviewInput, response: { 200: ScheduleResult, ...problems } } },
    async (request) => rescheduleInterview(ctx, callerOf(request), request.params.partnerId, request.params.interviewId, request.body),
  );
  r.post(
    "/api/w/:ws/partners/:partnerId/interviews/:interviewId/cancel",
    { config: { action: "interview.manage" }, schema: { tags: interviewTags, summary: "Cancel an interview, with a reason", params: InterviewParams, body: CancelInterviewInput, response: { 200: Interview, ...problems } } },
    async (request) => cancelInterview(ctx, callerOf(request), request.params.partnerId, request.params.interviewId, request.body),
  );
  r.get(
    "/api/w/:ws/partners/:partnerId/interviews/:interviewId/invite.ics",
    { config: { action: "interview.read" }, schema: { tags: interviewTags, summary: "The interview as a calendar file (.ics), for its panel and staff readers", params: InterviewParams, response: { 200: Calendar, ...problems } } },
    async (request, reply) => {
      const calendar = await interviewInvite(ctx, callerOf(request), request.params.partnerId, request.params.interviewId);
      return reply
        .header("content-disposition", attachmentDisposition(calendar.fileName))
        .header("cache-control", "private, no-cache")
        .type("text/calendar; charset=utf-8")
        .send(calendar.body);
    },
  );
}

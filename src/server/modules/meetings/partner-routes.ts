import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import { attachmentDisposition } from "../../../domain/files/accept";
import {
  EditPartnerMeetingInput,
  MeetingPeople,
  MeetingRecorded,
  MeetingVersionInput,
  PartnerMeetingDetail,
  PartnerMeetingList,
  PartnerMeetingQuery,
  RecapSent,
  RecordMeetingInput,
  SchedulePartnerMeetingInput,
} from "../../../domain/meetings/partner-meetings";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { partnerMeetingCalendar } from "./partner-ics";
import { cancelPartnerMeeting, editPartnerMeeting, listPartnerMeetings, meetingPeople, readPartnerMeeting, schedulePartnerMeeting } from "./partner-service";
import { sendMeetingRecap } from "./recap";
import { recordPartnerMeeting } from "./record";

const PartnerParams = WsParams.extend({ partnerId: Id });
const MeetingParams = PartnerParams.extend({ meetingId: Id });
const meetingsPath = "/api/w/:ws/partners/:partnerId/meetings";
const meetingPath = `${meetingsPath}/:meetingId`;
const tags = ["meetings"];
const Calendar = z.string().meta({ description: "An iCalendar (RFC 5545) file with one event" });

/** Meetings with a partner (issue 6, R-F1): both sides read, schedule and record their partner's meetings. */
export async function partnerMeetingRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { action: "relationship.read" } as const;
  const write = { action: "relationship.write" } as const;

  r.get(
    meetingsPath,
    { config: read, schema: { tags, summary: "The partner's meetings, upcoming and past", params: PartnerParams, querystring: PartnerMeetingQuery, response: { 200: PartnerMeetingList, ...problems } } },
    async (request) => listPartnerMeetings(ctx, callerOf(request), request.params.partnerId, request.query.kind),
  );

  r.post(
    meetingsPath,
    { config: write, schema: { tags, summary: "Schedule a meeting (agenda from the kind's guide when left out)", params: PartnerParams, body: SchedulePartnerMeetingInput, response: { 201: PartnerMeetingDetail, ...problems } } },
    async (request, reply) => reply.code(201).send(await schedulePartnerMeeting(ctx, callerOf(request), request.params.partnerId, request.body)),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/meeting-people",
    { config: read, schema: { tags, summary: "Who a meeting of this partner may invite, by side", params: PartnerParams, response: { 200: MeetingPeople, ...problems } } },
    async (request) => meetingPeople(ctx, callerOf(request), request.params.partnerId),
  );

  r.get(
    meetingPath,
    { config: read, schema: { tags, summary: "One meeting with its agenda guide", params: MeetingParams, response: { 200: PartnerMeetingDetail, ...problems } } },
    async (request) => readPartnerMeeting(ctx, callerOf(request), request.params.partnerId, request.params.meetingId),
  );

  r.patch(
    meetingPath,
    { config: write, schema: { tags, summary: "Change or move a meeting (send its version; raises SEQUENCE)", params: MeetingParams, body: EditPartnerMeetingInput, response: { 200: PartnerMeetingDetail, ...problems } } },
    async (request) => editPartnerMeeting(ctx, callerOf(request), request.params, request.body),
  );

  r.post(
    `${meetingPath}/cancel`,
    { config: write, schema: { tags, summary: "Cancel a meeting (send its version)", params: MeetingParams, body: MeetingVersionInput, response: { 200: PartnerMeetingDetail, ...problems } } },
    async (request) => cancelPartnerMeeting(ctx, callerOf(request), request.params, request.body.version),
  );

  r.put(
    `${meetingPath}/record`,
    {
      config: write,
      schema: { tags, summary: "Save notes, decisions and action items; mark the meeting held", params: MeetingParams, body: RecordMeetingInput, response: { 200: MeetingRecorded, ...problems } },
    },
    async (request) => recordPartnerMeeting(ctx, callerOf(request), request.params, request.body),
  );

  r.post(
    `${meetingPath}/recap`,
    { config: write, schema: { tags, summary: "Email the recap to every attendee (shared content only)", params: MeetingParams, body: MeetingVersionInput, response: { 200: RecapSent, ...problems } } },
    async (request) => sendMeetingRecap(ctx, callerOf(request), request.params, request.body.version),
  );

  r.get(
    `${meetingPath}/invite.ics`,
    { config: read, schema: { tags, summary: "The meeting's invitation as a calendar file (.ics)", params: MeetingParams, response: { 200: Calendar, ...problems } } },
    async (request, reply) => {
      const calendar = await partnerMeetingCalendar(ctx, callerOf(request), request.params);
      return reply
        .header("content-disposition", attachmentDisposition(calendar.fileName))
        .header("cache-control", "private, no-cache")
        .type("text/calendar; charset=utf-8")
        .send(calendar.body);
    },
  );
}

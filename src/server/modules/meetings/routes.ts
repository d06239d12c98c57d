import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import { attachmentDisposition } from "../../../domain/files/accept";
import { MeetingScheduled, ScheduleMeetingInput } from "../../../domain/meetings/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { partnerMeetingRoutes } from "./partner-routes";
import { scheduleStepMeeting, stepMeetingCalendar } from "./service";

const StepParams = WsParams.extend({ partnerId: Id, journeyId: Id, stepId: Id });
const stepPath = "/api/w/:ws/partners/:partnerId/journeys/:journeyId/steps/:stepId";
const tags = ["meetings"];
const Calendar = z.string().meta({ description: "An iCalendar (RFC 5545) file with one event" });

export async function meetingRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.put(
    `${stepPath}/meeting`,
    {
      config: { action: "journey.step.act" },
      schema: { tags, summary: "Schedule or move a meeting step (send the step's version)", params: StepParams, body: ScheduleMeetingInput, response: { 200: MeetingScheduled, ...problems } },
    },
    async (request) => scheduleStepMeeting(ctx, callerOf(request), request.params, request.body),
  );

  r.get(
    `${stepPath}/meeting.ics`,
    { config: { action: "journey.read" }, schema: { tags, summary: "The meeting as a calendar file (.ics)", params: StepParams, response: { 200: Calendar, ...problems } } },
    async (request, reply) => {
      const calendar = await stepMeetingCalendar(ctx, callerOf(request), request.params);
      return reply
        .header("content-disposition", attachmentDisposition(calendar.fileName))
        .header("cache-control", "private, no-cache")
        .type("text/calendar; charset=utf-8")
        .send(calendar.body);
    },
  );

  await partnerMeetingRoutes(app, ctx);
}

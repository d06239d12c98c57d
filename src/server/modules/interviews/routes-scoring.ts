import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Id } from "../../../domain/common/schemas";
import { CandidateView, Decision, DecisionInput, DecisionOverview, InterviewScorecards, MyInterviewList, ScorecardInput } from "../../../domain/interviews/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { decide, decisionOverview } from "./decision";
import { candidateView, myInterviews } from "./read";
import { InterviewParams, interviewTags as tags } from "./routes";
import { interviewScorecards, saveScorecard } from "./scorecards";

const PartnerParams = WsParams.extend({ partnerId: Id });

/** Scorecards, the interviewer's own list and candidate view, the summary and the decision (R-B3). */
export async function interviewScoringRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/my-interviews",
    { config: { action: "interview.read" }, schema: { tags, summary: "The interviews you sit on, upcoming first", params: WsParams, response: { 200: MyInterviewList, ...problems } } },
    async (request) => myInterviews(ctx, callerOf(request)),
  );
  r.get(
    "/api/w/:ws/partners/:partnerId/candidate",
    { config: { action: "interview.read" }, schema: { tags, summary: "What an interviewer prepares from: the candidate's basics and application", params: PartnerParams, response: { 200: CandidateView, ...problems } } },
    async (request) => candidateView(ctx, callerOf(request), request.params.partnerId),
  );
  r.get(
    "/api/w/:ws/partners/:partnerId/interviews/:interviewId/scorecards",
    {
      config: { action: "interview.read" },
      schema: { tags, summary: "Your scorecard, and the others' once yours is submitted", params: InterviewParams, response: { 200: InterviewScorecards, ...problems } },
    },
    async (request) => interviewScorecards(ctx, callerOf(request), request.params.partnerId, request.params.interviewId),
  );
  r.put(
    "/api/w/:ws/partners/:partnerId/interviews/:interviewId/scorecard",
    { config: { action: "interview.score" }, schema: { tags, summary: "Save your scorecard as a draft", params: InterviewParams, body: ScorecardInput, response: { 200: InterviewScorecards, ...problems } } },
    async (request) => saveScorecard(ctx, callerOf(request), request.params.partnerId, request.params.interviewId, request.body, "draft"),
  );
  r.post(
    "/api/w/:ws/partners/:partnerId/interviews/:interviewId/scorecard/submit",
    {
      config: { action: "interview.score" },
      schema: { tags, summary: "Submit your scorecard: every criterion scored 1–5 and a recommendation; it is locked afterwards", params: InterviewParams, body: ScorecardInput, response: { 200: InterviewScorecards, ...problems } },
    },
    async (request) => saveScorecard(ctx, callerOf(request), request.params.partnerId, request.params.interviewId, request.body, "submit"),
  );
  r.get(
    "/api/w/:ws/partners/:partnerId/decision-summary",
    { config: { action: "interview.read" }, schema: { tags, summary: "The weighted decision summary and past decisions (staff readers)", params: PartnerParams, response: { 200: DecisionOverview, ...problems } } },
    async (request) => decisionOverview(ctx, callerOf(request), request.params.partnerId),
  );
  r.post(
    "/api/w/:ws/partners/:partnerId/decision",
    { config: { action: "interview.manage" }, schema: { tags, summary: "Decide yes or no with a reason, and send it to the candidate", params: PartnerParams, body: DecisionInput, response: { 201: Decision, ...problems } } },
    async (request, reply) => reply.status(201).send(await decide(ctx, callerOf(request), request.params.partnerId, request.body)),
  );
}

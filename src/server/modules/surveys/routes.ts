import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import { CloseSurveyInput, MySurvey, SurveyAnswerReceipt, SurveyAnswersInput, SurveyDetail, SurveyInput, SurveySummary } from "../../../domain/surveys/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { answerSurvey, closeSurvey, mySurveys } from "./answer";
import { createSurvey, getSurvey, listSurveys } from "./service";

const SurveyParams = WsParams.extend({ surveyId: Id });
const tags = ["surveys"];

/*
 * Anonymous surveys (R-F7). The answers route's body is never logged: the request logger logs
 * method and URL only, and this module writes no log line, audit entry or notice per answer.
 */
export async function surveyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/surveys",
    { config: { action: "survey.read" }, schema: { tags, summary: "Every survey of the workspace with its status and how many answered", params: WsParams, response: { 200: z.array(SurveySummary), ...problems } } },
    async (request) => listSurveys(ctx, callerOf(request)),
  );

  r.post(
    "/api/w/:ws/surveys",
    { config: { action: "survey.manage" }, schema: { tags, summary: "Open an anonymous survey for staff, every partner user or one partner's people", params: WsParams, body: SurveyInput, response: { 201: SurveyDetail, ...problems } } },
    async (request, reply) => reply.status(201).send(await createSurvey(ctx, callerOf(request), request.body)),
  );

  r.get(
    "/api/w/:ws/surveys/:surveyId",
    { config: { action: "survey.read" }, schema: { tags, summary: "A survey with its results per question (shown from five answers on)", params: SurveyParams, response: { 200: SurveyDetail, ...problems } } },
    async (request) => getSurvey(ctx, callerOf(request), request.params.surveyId),
  );

  r.post(
    "/api/w/:ws/surveys/:surveyId/close",
    { config: { action: "survey.manage" }, schema: { tags, summary: "Close a survey: no more answers; answers still waiting join the results or are discarded", params: SurveyParams, body: CloseSurveyInput, response: { 200: SurveyDetail, ...problems } } },
    async (request) => closeSurvey(ctx, callerOf(request), request.params.surveyId, request.body),
  );

  r.get(
    "/api/w/:ws/my-surveys",
    { config: { action: "survey.answer" }, schema: { tags, summary: "Open surveys whose audience includes me, each with whether I answered", params: WsParams, response: { 200: z.array(MySurvey), ...problems } } },
    async (request) => mySurveys(ctx, callerOf(request)),
  );

  r.post(
    "/api/w/:ws/surveys/:surveyId/answers",
    { config: { action: "survey.answer" }, schema: { tags, summary: "Answer a survey once; the answer is stored without who gave it", params: SurveyParams, body: SurveyAnswersInput, response: { 201: SurveyAnswerReceipt, ...problems } } },
    async (request, reply) => reply.status(201).send(await answerSurvey(ctx, callerOf(request), request.params.surveyId, request.body)),
  );
}

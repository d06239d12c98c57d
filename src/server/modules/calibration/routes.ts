import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CalibrationNote, CalibrationNoteInput, CalibrationQuery, CalibrationReport, Certification, CertificationInput } from "../../../domain/calibration/contracts";
import { Ok } from "../../../domain/common/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { certify, listCertifications, revokeCertification } from "./certifications";
import { addCalibrationNote, listCalibrationNotes } from "./notes";
import { calibrationReport } from "./report";

const UserParams = WsParams.extend({ userId: z.string().min(1).max(100) });
const tags = ["calibration"];

export async function calibrationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/calibration",
    {
      config: { action: "calibration.read" },
      schema: { tags, summary: "Each interviewer's scores against the panel, per criterion, over a set of interviews", params: WsParams, querystring: CalibrationQuery, response: { 200: CalibrationReport, ...problems } },
    },
    async (request) => calibrationReport(ctx, callerOf(request), request.query),
  );

  r.get(
    "/api/w/:ws/calibration/notes",
    { config: { action: "calibration.read" }, schema: { tags, summary: "Retro notes of calibration sessions, newest first", params: WsParams, response: { 200: z.array(CalibrationNote), ...problems } } },
    async (request) => listCalibrationNotes(ctx, callerOf(request)),
  );

  r.post(
    "/api/w/:ws/calibration/notes",
    { config: { action: "calibration.manage" }, schema: { tags, summary: "Keep a retro note about a set of interviews", params: WsParams, body: CalibrationNoteInput, response: { 201: CalibrationNote, ...problems } } },
    async (request, reply) => reply.status(201).send(await addCalibrationNote(ctx, callerOf(request), request.body)),
  );

  r.get(
    "/api/w/:ws/certifications",
    { config: { action: "calibration.read" }, schema: { tags, summary: "Staff certified to run culture interviews", params: WsParams, response: { 200: z.array(Certification), ...problems } } },
    async (request) => listCertifications(ctx, callerOf(request)),
  );

  r.put(
    "/api/w/:ws/certifications/:userId",
    { config: { action: "calibration.manage" }, schema: { tags, summary: "Certify a staff member to run culture interviews (again: update the note)", params: UserParams, body: CertificationInput, response: { 200: Certification, ...problems } } },
    async (request) => certify(ctx, callerOf(request), request.params.userId, request.body),
  );

  r.delete(
    "/api/w/:ws/certifications/:userId",
    { config: { action: "calibration.manage" }, schema: { tags, summary: "Withdraw a culture interview certification", params: UserParams, response: { 200: Ok, ...problems } } },
    async (request) => {
      await revokeCertification(ctx, callerOf(request), request.params.userId);
      return { ok: true as const };
    },
  );
}

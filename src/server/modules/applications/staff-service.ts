import { and, desc, eq, inArray } from "drizzle-orm";
import type { ApplicationQuestion } from "../../../domain/applications/questions";
import type { AnsweredQuestion, ApplicationView } from "../../../domain/applications/views";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { applications, partnerTypes, programs, storedFiles } from "../../db/schema";
import { notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { fileStorageFor } from "../../storage/file-storage";
import { authorizePartner } from "../partners/access";
import { storedQuestions } from "./config-service";

/*
 * How staff read an application: on the partner page (host readers, `partner.internal.read`), and
 * through `applicationOfPartner` for modules with their own access rule (the interview panel).
 */

type AnswerMap = Record<string, string | number | null>;

function answerMapOf(value: unknown): AnswerMap {
  if (!value || typeof value !== "object") return {};
  const map: AnswerMap = {};
  for (const [key, answer] of Object.entries(value)) {
    if (typeof answer === "string" || typeof answer === "number") map[key] = answer;
  }
  return map;
}

const text = (answers: AnswerMap, key: string) => String(answers[key] ?? "");

/**
 * The partner's latest application with its questions as asked and its files, or null. No access
 * check: the caller decides who may see it (an interviewer on the panel, say).
 */
export async function applicationOfPartner(db: DbOrTx, workspaceId: string, partnerId: string): Promise<ApplicationView | null> {
  const [row] = await db
    .select({ application: applications, program: { id: programs.id, key: programs.key, name: programs.name } })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(and(eq(applications.workspaceId, workspaceId), eq(applications.partnerId, partnerId)))
    .orderBy(desc(applications.submittedAt))
    .limit(1);
  if (!row) return null;
  const answers = answerMapOf(row.application.answers);
  const questions = storedQuestions(row.application.questions);
  const files = await filesOf(db, workspaceId, partnerId, questions, answers);
  const trackKey = text(answers, "track");
  const [track] = trackKey ? await db.select({ key: partnerTypes.key, name: partnerTypes.name }).from(partnerTypes).where(and(eq(partnerTypes.workspaceId, workspaceId), eq(partnerTypes.key, trackKey))) : [];
  return {
    id: row.application.id,
    program: row.program,
    submittedAt: row.application.submittedAt.toISOString(),
    organisationName: text(answers, "organisation_name"),
    website: text(answers, "website"),
    country: text(answers, "country"),
    contactName: row.application.contactName,
    contactEmail: row.application.contactEmail,
    track: track ?? (trackKey ? { key: trackKey, name: trackKey } : null),
    answers: questions.map((question): AnsweredQuestion => ({
      key: question.key,
      label: question.label,
      kind: question.kind,
      answer: answers[question.key] ?? null,
      file: question.kind === "file" ? (files.get(String(answers[question.key] ?? "")) ?? null) : null,
    })),
  };
}

async function filesOf(db: DbOrTx, workspaceId: string, partnerId: string, questions: ApplicationQuestion[], answers: AnswerMap) {
  const ids = questions.filter((q) => q.kind === "file").flatMap((q) => (typeof answers[q.key] === "string" ? [String(answers[q.key])] : []));
  if (ids.length === 0) return new Map<string, NonNullable<AnsweredQuestion["file"]>>();
  const rows = await db
    .select({ id: storedFiles.id, fileName: storedFiles.fileName, contentType: storedFiles.contentType, sizeBytes: storedFiles.sizeBytes })
    .from(storedFiles)
    .where(and(eq(storedFiles.workspaceId, workspaceId), eq(storedFiles.partnerId, partnerId), inArray(storedFiles.id, ids)));
  return new Map(rows.map((file) => [file.id, file]));
}

export async function partnerApplication(ctx: AppContext, caller: Caller, partnerId: string): Promise<{ application: ApplicationView | null }> {
  await authorizePartner(ctx.db, caller, partnerId, "partner.internal.read");
  return { application: await applicationOfPartner(ctx.db, caller.workspace.id, partnerId) };
}

/** A file an applicant attached, for staff who may read the partner's internal record. */
export async function openApplicationFile(ctx: AppContext, caller: Caller, partnerId: string, fileId: string) {
  await authorizePartner(ctx.db, caller, partnerId, "partner.internal.read");
  const application = await applicationOfPartner(ctx.db, caller.workspace.id, partnerId);
  if (!application?.answers.some((answer) => answer.file?.id === fileId)) throw notFound("That file");
  const opened = await fileStorageFor(ctx.config).open(ctx.db, caller.workspace.id, fileId);
  if (!opened) throw notFound("That file");
  return opened;
}

import type { Readable } from "node:stream";
import { acceptsFile, cleanFileName, describeAccept, mediaTypeOf } from "../../../domain/files/accept";
import type { ApplicationQuestion, FileQuestion } from "../../../domain/applications/questions";
import type { ApplicationUpload, PublicApplicationForm, PublicPartneringPage } from "../../../domain/applications/views";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { AppError, badRequest } from "../../errors";
import { fileStorageFor } from "../../storage/file-storage";
import { writeAudit } from "../audit/writer";
import { readLimited } from "../../plugins/upload-body";
import { storedPageContent, storedQuestions } from "./config-service";
import { formRowOf, pageRowOf, programByKey, tracksOf, type ProgramScope } from "./queries";
import { uploadIdFor } from "./upload-token";

/*
 * The signed-out side: a program's open application form, its published partnering page and
 * file uploads for the form. Anything closed, unpublished or unknown is one and the same 404, so
 * the public learns nothing about what a workspace has in preparation.
 */

const megabyte = 1024 * 1024;

export const formNotOpen = () =>
  new AppError(404, "Not found", "There is no open application form at this address. The program may have stopped taking applications; check the link you were given.");
const pageNotPublished = () => new AppError(404, "Not found", "There is no published page at this address. Check the link you were given.");

export interface OpenForm extends ProgramScope {
  formId: string;
  intro: string;
  questions: ApplicationQuestion[];
  tracks: { key: string; name: string; partnerTypeId: string }[];
}

/** The program's form when it takes applications: open, and with at least one track to place an applicant in. */
export async function openFormOf(db: DbOrTx, slug: string, programKey: string): Promise<OpenForm> {
  const scope = await programByKey(db, slug, programKey);
  if (!scope) throw formNotOpen();
  const row = await formRowOf(db, scope.workspace.id, scope.program.id);
  if (!row?.open) throw formNotOpen();
  const tracks = await tracksOf(db, scope.workspace.id, scope.program.id);
  if (tracks.length === 0) throw formNotOpen();
  return { ...scope, formId: row.id, intro: row.intro, questions: storedQuestions(row.questions), tracks };
}

export async function publicForm(ctx: AppContext, slug: string, programKey: string): Promise<PublicApplicationForm> {
  const form = await openFormOf(ctx.db, slug, programKey);
  const page = await pageRowOf(ctx.db, form.workspace.id, form.program.id);
  return {
    workspace: { slug: form.workspace.slug, name: form.workspace.name },
    program: { key: form.program.key, name: form.program.name },
    intro: form.intro,
    questions: form.questions,
    tracks: form.tracks.length > 1 ? form.tracks.map(({ key, name }) => ({ key, name })) : [],
    partneringPage: page?.published ?? false,
  };
}

export async function publicPartneringPage(ctx: AppContext, slug: string, programKey: string): Promise<PublicPartneringPage> {
  const scope = await programByKey(ctx.db, slug, programKey);
  if (!scope) throw pageNotPublished();
  const page = await pageRowOf(ctx.db, scope.workspace.id, scope.program.id);
  if (!page?.published) throw pageNotPublished();
  // Only "not open" means false; any other failure is a real error and is not hidden.
  const formOpen = await openFormOf(ctx.db, slug, programKey).then(
    () => true,
    (error: unknown) => {
      if (error instanceof AppError && error.status === 404) return false;
      throw error;
    },
  );
  return {
    workspace: { slug: scope.workspace.slug, name: scope.workspace.name },
    program: { key: scope.program.key, name: scope.program.name },
    content: storedPageContent(page.content),
    formOpen,
  };
}

export interface PublicUploadInput {
  question: string;
  fileName: string;
  contentType: string | undefined;
  declaredLength: number | undefined;
  body: Readable;
}

const tooLargeFor = (limitBytes: number) =>
  new AppError(413, "File too large", `The file is larger than this question takes: at most ${Math.round((limitBytes / megabyte) * 10) / 10} MB. Attach a smaller file.`);

function fileQuestionOf(form: OpenForm, key: string): FileQuestion {
  const question = form.questions.find((candidate) => candidate.key === key);
  if (question?.kind !== "file") throw badRequest(`"${key}" is not a file question of this form; reload the page to see the current form.`, [{ path: "querystring.question", message: "is not a file question of this form" }]);
  return question;
}

/** Keeps an applicant's file before the application exists; the submission then claims it. */
export async function uploadApplicationFile(ctx: AppContext, slug: string, programKey: string, input: PublicUploadInput): Promise<ApplicationUpload> {
  const form = await openFormOf(ctx.db, slug, programKey);
  const question = fileQuestionOf(form, input.question);
  const field = `body.answers.${question.key}`;
  const fileName = cleanFileName(input.fileName);
  if (!fileName) throw badRequest("The file has no usable name; rename it and attach it again.", [{ path: field, message: "rename the file and attach it again" }]);
  const contentType = mediaTypeOf(input.contentType ?? "") || "application/octet-stream";
  if (!acceptsFile(question.accept, fileName, contentType)) {
    throw badRequest(`This question takes ${describeAccept(question.accept)}; "${fileName}" is not one of them.`, [{ path: field, message: `attach a file of type ${describeAccept(question.accept)}` }]);
  }
  const limit = Math.min(question.maxSizeMb * megabyte, ctx.config.uploadMaxBytes);
  if (input.declaredLength !== undefined && input.declaredLength > limit) throw tooLargeFor(limit);
  const bytes = await readLimited(input.body, limit, tooLargeFor);
  if (bytes.length === 0) throw badRequest(`"${fileName}" is empty; attach the file again.`, [{ path: field, message: "the file is empty" }]);

  const stored = await ctx.db.transaction(async (tx) => {
    const file = await fileStorageFor(ctx.config).put(tx, { workspaceId: form.workspace.id, partnerId: null, stepId: null, fileName, contentType, uploadedBy: null, createdAt: ctx.clock.now() }, bytes);
    await writeAudit(tx, ctx.clock, {
      workspaceId: form.workspace.id,
      actor: { userId: null, label: "public application form" },
      action: "application.file_uploaded",
      entityType: "stored_file",
      entityId: file.id,
      after: { programId: form.program.id, question: question.key, fileName, contentType, sizeBytes: file.sizeBytes, sha256: file.sha256 },
    });
    return file;
  });
  return { uploadId: uploadIdFor(ctx.config, form.formId, question.key, stored.id), fileName, sizeBytes: stored.sizeBytes };
}

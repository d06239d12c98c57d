import type { Readable } from "node:stream";
import { acceptsFile, cleanFileName, describeAccept, mediaTypeOf } from "../../../domain/files/accept";
import type { StepFiles, StoredFileView, UploadRules } from "../../../domain/files/schemas";
import type { Step } from "../../../domain/journeys/template/schema";
import type { AppContext } from "../../context";
import { AppError, badRequest, conflict, forbidden, notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { fileStorageFor } from "../../storage/file-storage";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { authorizePartner } from "../partners/access";
import { countFilesOfStep, fileById, filesOfStep, stepVisibility, toFileView } from "./queries";
import { recordStepEvent } from "./step-events";
import { assertWorkable, loadStepScope, type StepIds, type StepScope } from "./step-scope";
import { readLimited } from "../../plugins/upload-body";
import { tooLarge } from "./upload-body";

/*
 * Files uploaded to upload-request steps: checked for type, size and count before they are kept,
 * listed and downloaded only by those who may see the step, removed only while the step is open.
 */

const megabyte = 1024 * 1024;

/** What the step takes, with the size limit that applies: the step's or the server's, the smaller. */
export function uploadRulesOf(definition: Step, serverMaxBytes: number): UploadRules | null {
  if (definition.kind !== "upload_request") return null;
  return { accept: definition.accept, maxFiles: definition.maxFiles, maxSizeBytes: Math.min(definition.maxSizeMb * megabyte, serverMaxBytes) };
}

export interface UploadInput {
  fileName: string;
  contentType: string | undefined;
  declaredLength: number | undefined;
  body: Readable;
}

export async function uploadStepFile(ctx: AppContext, caller: Caller, ids: StepIds, input: UploadInput): Promise<StoredFileView> {
  const scope = await loadStepScope(ctx.db, caller, ids, "journey.step.act");
  const rules = uploadRulesOf(scope.definition, ctx.config.uploadMaxBytes);
  if (!rules) throw badRequest(`"${scope.step.title}" is not an upload request, so it takes no files.`);
  assertWorkable(scope, "add files");
  const fileName = cleanFileName(input.fileName);
  if (!fileName) throw badRequest("The file name is empty once folders and control characters are removed; give the file a name.", [{ path: "querystring.fileName", message: "give the file a name" }]);
  const contentType = mediaTypeOf(input.contentType ?? "") || "application/octet-stream";
  if (!/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(contentType)) {
    throw new AppError(415, "Unsupported media type", `"${input.contentType ?? ""}" is not a valid Content-Type; send the file's type, e.g. application/pdf.`);
  }
  if (!acceptsFile(rules.accept, fileName, contentType)) {
    throw new AppError(415, "Unsupported media type", `This step accepts ${describeAccept(rules.accept)}; "${fileName}" (${contentType}) is not one of them.`);
  }
  await assertRoomForAnother(ctx, scope, rules);
  if (input.declaredLength !== undefined && input.declaredLength > rules.maxSizeBytes) throw tooLarge(rules.maxSizeBytes);
  const bytes = await readLimited(input.body, rules.maxSizeBytes, tooLarge);
  if (bytes.length === 0) throw badRequest(`"${fileName}" is empty; choose the file again.`);

  const storage = fileStorageFor(ctx.config);
  const stored = await ctx.db.transaction(async (tx) => {
    // Locked, so that two uploads at once cannot both take the last free place.
    const locked = await loadStepScope(tx, caller, ids, "journey.step.act", true);
    assertWorkable(locked, "add files");
    await assertRoomForAnother(ctx, locked, rules, tx);
    const file = await storage.put(tx, { workspaceId: caller.workspace.id, partnerId: ids.partnerId, stepId: ids.stepId, fileName, contentType, uploadedBy: caller.actor.userId, createdAt: ctx.clock.now() }, bytes);
    const facts = { fileId: file.id, fileName, contentType, sizeBytes: file.sizeBytes, sha256: file.sha256 };
    await recordStepEvent(tx, ctx.clock, locked.step, "file.uploaded", caller.actor.userId, facts);
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "file.uploaded", entityType: "stored_file", entityId: file.id, after: { ...facts, stepId: ids.stepId } });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId: ids.partnerId,
      actorUserId: caller.actor.userId,
      kind: "file.uploaded",
      summary: `${caller.name} uploaded ${fileName} to "${locked.step.title}"`,
      data: { stepId: ids.stepId, fileId: file.id },
      visibility: locked.step.visibility,
    });
    return file;
  });
  const row = await fileById(ctx.db, caller.workspace.id, stored.id);
  if (!row) throw new Error("the uploaded file vanished");
  return toFileView(row);
}

async function assertRoomForAnother(ctx: AppContext, scope: StepScope, rules: UploadRules, db = ctx.db): Promise<void> {
  const existing = await countFilesOfStep(db, scope.step.workspaceId, scope.step.id);
  if (existing >= rules.maxFiles) {
    throw conflict(`This step takes at most ${rules.maxFiles} ${rules.maxFiles === 1 ? "file" : "files"} and has ${existing}; remove one before adding another.`);
  }
}

export async function listStepFiles(ctx: AppContext, caller: Caller, ids: StepIds): Promise<StepFiles> {
  const scope = await loadStepScope(ctx.db, caller, ids, "journey.read");
  const rows = await filesOfStep(ctx.db, caller.workspace.id, ids.stepId);
  const rules = uploadRulesOf(scope.definition, ctx.config.uploadMaxBytes);
  const canUpload = rules !== null && scope.mayAct && scope.step.status === "open" && !scope.journey.cancelledAt;
  return { files: rows.map(toFileView), rules, canUpload };
}

/** A file's metadata and bytes, for someone who may see the step it belongs to. */
export async function openPartnerFile(ctx: AppContext, caller: Caller, partnerId: string, fileId: string) {
  await authorizePartner(ctx.db, caller, partnerId, "journey.read");
  const row = await fileById(ctx.db, caller.workspace.id, fileId);
  if (!row || row.partnerId !== partnerId) throw notFound("That file");
  if (row.stepId) await assertStepVisible(ctx, caller, partnerId, row.stepId);
  const opened = await fileStorageFor(ctx.config).open(ctx.db, caller.workspace.id, fileId);
  if (!opened) throw notFound("That file");
  return opened;
}

/** Partner users never reach files of internal steps: such a file does not exist for them. */
async function assertStepVisible(ctx: AppContext, caller: Caller, partnerId: string, stepId: string): Promise<void> {
  if (caller.actor.kind !== "partner") return;
  const visibility = await stepVisibility(ctx.db, caller.workspace.id, partnerId, stepId);
  if (visibility !== "shared") throw notFound("That file");
}

export async function removeStepFile(ctx: AppContext, caller: Caller, ids: StepIds, fileId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const scope = await loadStepScope(tx, caller, ids, "journey.step.act", true);
    const row = await fileById(tx, caller.workspace.id, fileId);
    if (!row || row.stepId !== ids.stepId) throw notFound("That file");
    const isUploader = row.uploadedBy === caller.actor.userId && scope.mayAct;
    if (!isUploader && !scope.mayManage) throw forbidden("Only the person who uploaded this file or a manager of this partner may remove it.");
    if (scope.journey.cancelledAt) throw conflict("This journey was cancelled, so its files stay as they are.");
    if (scope.step.status !== "open") throw conflict(`This step is already ${scope.step.status}, so its files stay as they are. Ask the partner manager to reopen it first.`);
    await fileStorageFor(ctx.config).remove(tx, caller.workspace.id, fileId, ctx.clock.now());
    const facts = { fileId, fileName: row.fileName, sizeBytes: row.sizeBytes, sha256: row.sha256 };
    await recordStepEvent(tx, ctx.clock, scope.step, "file.removed", caller.actor.userId, facts);
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "file.removed", entityType: "stored_file", entityId: fileId, before: { ...facts, stepId: ids.stepId } });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId: ids.partnerId,
      actorUserId: caller.actor.userId,
      kind: "file.removed",
      summary: `${caller.name} removed ${row.fileName} from "${scope.step.title}"`,
      data: { stepId: ids.stepId, fileId },
      visibility: scope.step.visibility,
    });
  });
}

import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { validateApplication, websiteDomain, type CleanApplication } from "../../../domain/applications/answers";
import type { ApplicationSubmissionData } from "../../../domain/applications/views";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { applications, partners, partnerStageHistory, staffMemberships, storedFiles } from "../../db/schema";
import { badRequest, conflict } from "../../errors";
import { newId } from "../../ids";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { sendTemplatedEmail } from "../email-templates/send";
import { notify } from "../notifications/service";
import { openFormOf, type OpenForm } from "./public-service";
import { fileIdOf } from "./upload-token";

/*
 * A signed-out applicant submits the form. Nothing is written unless every field is right; then
 * one transaction creates the applicant partner (stage `applicant`, no owner yet), its stage
 * history, the application with the questions as asked, the audit and timeline entries, a bell
 * notice to the workspace's owners and admins and the confirmation email. The partner row is
 * written here rather than through partners' createPartner, which needs a signed-in caller and
 * opens a transaction of its own.
 */

const stageReason = "applied through the form";

export async function submitApplication(ctx: AppContext, slug: string, programKey: string, input: ApplicationSubmissionData): Promise<{ received: true }> {
  const form = await openFormOf(ctx.db, slug, programKey);
  // A bot filled the field people never see: it is thanked like anyone else, and nothing is kept.
  if (input.fax.trim() !== "") {
    ctx.log.info({ workspace: slug, program: programKey }, "application dropped: honeypot filled");
    return { received: true };
  }
  const checked = validateApplication(form, input);
  if (!checked.ok) {
    const fields = checked.errors.length === 1 ? "one field" : `${checked.errors.length} fields`;
    throw badRequest(`Please correct ${fields}: ${checked.errors.map((e) => `${e.path.replace(/^body\./, "")} — ${e.message}`).join("; ")}.`, checked.errors);
  }
  await ctx.db.transaction(async (tx) => {
    // One applicant at a time per program, so two identical submissions cannot both pass the duplicate check.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`application:${form.program.id}`}))`);
    await assertNotAppliedBefore(tx, form, checked.value);
    const partnerId = newId();
    const fileIds = await claimFiles(ctx, tx, form, checked.value, partnerId);
    await writeApplicant(ctx, tx, form, checked.value, partnerId, fileIds);
  });
  return { received: true };
}

/** The same contact email or website domain applying to the same program again is told so, kindly. */
async function assertNotAppliedBefore(tx: Tx, form: OpenForm, value: CleanApplication): Promise<void> {
  const domain = websiteDomain(value.website);
  const [existing] = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(
      and(
        eq(partners.workspaceId, form.workspace.id),
        eq(partners.programId, form.program.id),
        sql`(lower(${partners.contactEmail}) = ${value.contactEmail.toLowerCase()} or lower(regexp_replace(${partners.website}, '^[a-z][a-z0-9+.-]*://(www\\.)?([^/:?#]+).*$', '\\2', 'i')) = ${domain})`,
      ),
    )
    .limit(1);
  if (existing) {
    throw conflict(
      `Thank you — we already have an application for ${form.program.name} from this organisation (the same contact email or website), so there is no need to apply again. We will be in touch; if something important has changed, reply to the confirmation email you received.`,
    );
  }
}

/** Turns upload ids into stored files: issued for this form's question, and not claimed by another application. */
async function claimFiles(ctx: AppContext, tx: Tx, form: OpenForm, value: CleanApplication, partnerId: string): Promise<Record<string, string>> {
  const fileIds: Record<string, string> = {};
  const errors: { path: string; message: string }[] = [];
  for (const { questionKey, uploadId } of value.files) {
    const fileId = fileIdOf(ctx.config, form.formId, questionKey, uploadId);
    if (fileId) fileIds[questionKey] = fileId;
    else errors.push({ path: `body.answers.${questionKey}`, message: "Attach the file again: this upload does not belong to this question" });
  }
  const wanted = Object.values(fileIds);
  if (errors.length === 0 && wanted.length > 0) {
    const claimed = await tx
      .update(storedFiles)
      .set({ partnerId })
      .where(and(eq(storedFiles.workspaceId, form.workspace.id), inArray(storedFiles.id, wanted), isNull(storedFiles.partnerId), isNull(storedFiles.stepId), isNull(storedFiles.deletedAt)))
      .returning({ id: storedFiles.id });
    const got = new Set(claimed.map((row) => row.id));
    for (const [questionKey, fileId] of Object.entries(fileIds)) {
      if (!got.has(fileId)) errors.push({ path: `body.answers.${questionKey}`, message: "Attach the file again: this upload was already used or has expired" });
    }
  }
  // Thrown inside the transaction, so a partly claimed set of files is released again.
  if (errors.length > 0) throw badRequest(`Please correct: ${errors.map((e) => e.message).join("; ")}.`, errors);
  return fileIds;
}

async function writeApplicant(ctx: AppContext, tx: Tx, form: OpenForm, value: CleanApplication, partnerId: string, fileIds: Record<string, string>): Promise<void> {
  const now = ctx.clock.now();
  const track = form.tracks.find((candidate) => candidate.key === value.trackKey);
  if (!track) throw new Error(`track ${value.trackKey} vanished while applying`);
  const contact = { contactName: value.contactName, contactEmail: value.contactEmail };
  const profile = { name: value.organisationName, website: value.website, country: value.country, programId: form.program.id, ...contact };
  await tx.insert(partners).values({ id: partnerId, workspaceId: form.workspace.id, typeId: track.partnerTypeId, tierId: null, timeZone: "UTC", ownerUserId: null, stage: "applicant", stageChangedAt: now, createdAt: now, updatedAt: now, ...profile });
  await tx.insert(partnerStageHistory).values({ id: newId(), workspaceId: form.workspace.id, partnerId, fromStage: null, toStage: "applicant", reason: stageReason, byUserId: null, at: now });
  const applicationId = newId();
  const answers = { organisation_name: value.organisationName, website: value.website, country: value.country, contact_name: value.contactName, contact_email: value.contactEmail, track: track.key, ...value.answers, ...fileIds };
  await tx.insert(applications).values({ id: applicationId, workspaceId: form.workspace.id, programId: form.program.id, partnerId, ...contact, answers, questions: form.questions, submittedAt: now });

  const actor = { userId: null, label: `application form (${value.contactEmail})` };
  await writeAudit(tx, ctx.clock, { workspaceId: form.workspace.id, actor, action: "partner.created", entityType: "partner", entityId: partnerId, after: { ...profile, type: track.key, stage: "applicant", reason: stageReason } });
  await writeAudit(tx, ctx.clock, { workspaceId: form.workspace.id, actor, action: "application.submitted", entityType: "application", entityId: applicationId, after: { partnerId, programId: form.program.id, answers } });
  await recordActivity(tx, ctx.clock, {
    workspaceId: form.workspace.id,
    partnerId,
    actorUserId: null,
    kind: "application.submitted",
    summary: `${value.contactName} applied for ${value.organisationName} through the ${form.program.name} application form`,
    data: { applicationId, programId: form.program.id },
    visibility: "internal",
  });
  await notifyAdmins(ctx, tx, form, value, partnerId, applicationId);
  await sendTemplatedEmail(tx, ctx, {
    workspaceId: form.workspace.id,
    partnerId,
    templateKey: "application-received",
    to: { email: value.contactEmail, name: value.contactName },
    dedupeKey: `application-received:${applicationId}`,
    actorUserId: null,
  });
}

async function notifyAdmins(ctx: AppContext, tx: Tx, form: OpenForm, value: CleanApplication, partnerId: string, applicationId: string): Promise<void> {
  const admins = await tx
    .select({ userId: staffMemberships.userId })
    .from(staffMemberships)
    .where(and(eq(staffMemberships.workspaceId, form.workspace.id), eq(staffMemberships.status, "active"), inArray(staffMemberships.role, ["owner", "admin"])));
  await notify(tx, ctx.clock, {
    workspaceId: form.workspace.id,
    userIds: admins.map((admin) => admin.userId),
    kind: "application.received",
    title: `New application: ${value.organisationName}`,
    body: `${value.contactName} applied to ${form.program.name}.`,
    link: `/w/${encodeURIComponent(form.workspace.slug)}/partners/${partnerId}`,
    dedupeKey: `application:${applicationId}`,
    partnerId,
  });
}

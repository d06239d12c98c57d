import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { emptyPartneringPage, PartneringPageContent, type PartneringPageConfig, type PartneringPageInputData } from "../../../domain/applications/partnering-page";
import { ApplicationQuestion, questionListIssues, type ApplicationFormConfig, type ApplicationFormInputData } from "../../../domain/applications/questions";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { applicationForms, partneringPages } from "../../db/schema";
import { badRequest, notFound, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { formRowOf, pageRowOf, programOfWorkspace, tracksOf } from "./queries";

/*
 * What admins configure per program: the application form (intro, open or closed, questions)
 * and the partnering page. A program without a saved form or page reads as an empty, closed one
 * at version 0; the first save creates it. Every save is checked against the version read (409).
 */

const megabyte = 1024 * 1024;
export const storedQuestions = (value: unknown) => z.array(ApplicationQuestion).parse(value);
export const storedPageContent = (value: unknown) => PartneringPageContent.parse(value);

export const publicPaths = (slug: string, programKey: string) => ({
  form: `/w/${encodeURIComponent(slug)}/apply/${encodeURIComponent(programKey)}`,
  partneringPage: `/w/${encodeURIComponent(slug)}/partnering/${encodeURIComponent(programKey)}`,
});

async function programOrNotFound(ctx: AppContext, caller: Caller, programId: string, db: DbOrTx = ctx.db) {
  const program = await programOfWorkspace(db, caller.workspace.id, programId);
  if (!program) throw notFound("That program");
  return program;
}

export async function getFormConfig(ctx: AppContext, caller: Caller, programId: string): Promise<ApplicationFormConfig> {
  const program = await programOrNotFound(ctx, caller, programId);
  const row = await formRowOf(ctx.db, caller.workspace.id, programId);
  const tracks = await tracksOf(ctx.db, caller.workspace.id, programId);
  return {
    programId,
    intro: row?.intro ?? "",
    open: row?.open ?? false,
    questions: row ? storedQuestions(row.questions) : [],
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    publicPaths: publicPaths(caller.workspace.slug, program.key),
    tracks: tracks.map(({ key, name }) => ({ key, name })),
    serverMaxFileMb: Math.floor(ctx.config.uploadMaxBytes / megabyte),
  };
}

export async function saveFormConfig(ctx: AppContext, caller: Caller, programId: string, input: ApplicationFormInputData): Promise<ApplicationFormConfig> {
  const issues = questionListIssues(input.questions, Math.floor(ctx.config.uploadMaxBytes / megabyte));
  if (issues.length > 0) throw badRequest(`Please correct the questions: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`, issues);
  await ctx.db.transaction(async (tx) => {
    await programOrNotFound(ctx, caller, programId, tx);
    if (input.open && (await tracksOf(tx, caller.workspace.id, programId)).length === 0) {
      throw badRequest("This program has no tracks yet, so an applicant could not be given a partner type. Add a track to the program first, then open the form.", [
        { path: "body.open", message: "add a track to the program before opening the form" },
      ]);
    }
    const before = await formRowOf(tx, caller.workspace.id, programId);
    const values = { intro: input.intro, open: input.open, questions: input.questions, updatedAt: ctx.clock.now(), updatedBy: caller.actor.userId };
    if (!before) {
      if (input.version !== 0) throw staleVersion("This application form");
      const inserted = await tx.insert(applicationForms).values({ id: newId(), workspaceId: caller.workspace.id, programId, ...values, version: 1 }).onConflictDoNothing().returning({ id: applicationForms.id });
      if (inserted.length === 0) throw staleVersion("This application form");
    } else {
      const updated = await tx
        .update(applicationForms)
        .set({ ...values, version: input.version + 1 })
        .where(and(eq(applicationForms.id, before.id), eq(applicationForms.version, input.version)))
        .returning({ id: applicationForms.id });
      if (updated.length === 0) throw staleVersion("This application form");
    }
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: "application_form.updated",
      entityType: "program",
      entityId: programId,
      before: before ? { intro: before.intro, open: before.open, questions: before.questions } : null,
      after: { intro: input.intro, open: input.open, questions: input.questions },
    });
  });
  return getFormConfig(ctx, caller, programId);
}

export async function getPartneringPage(ctx: AppContext, caller: Caller, programId: string): Promise<PartneringPageConfig> {
  await programOrNotFound(ctx, caller, programId);
  const row = await pageRowOf(ctx.db, caller.workspace.id, programId);
  return {
    programId,
    published: row?.published ?? false,
    content: row ? storedPageContent(row.content) : emptyPartneringPage,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function savePartneringPage(ctx: AppContext, caller: Caller, programId: string, input: PartneringPageInputData): Promise<PartneringPageConfig> {
  await ctx.db.transaction(async (tx) => {
    await programOrNotFound(ctx, caller, programId, tx);
    const before = await pageRowOf(tx, caller.workspace.id, programId);
    const values = { content: input.content, published: input.published, updatedAt: ctx.clock.now(), updatedBy: caller.actor.userId };
    if (!before) {
      if (input.version !== 0) throw staleVersion("This partnering page");
      const inserted = await tx.insert(partneringPages).values({ id: newId(), workspaceId: caller.workspace.id, programId, ...values, version: 1 }).onConflictDoNothing().returning({ id: partneringPages.id });
      if (inserted.length === 0) throw staleVersion("This partnering page");
    } else {
      const updated = await tx
        .update(partneringPages)
        .set({ ...values, version: input.version + 1 })
        .where(and(eq(partneringPages.id, before.id), eq(partneringPages.version, input.version)))
        .returning({ id: partneringPages.id });
      if (updated.length === 0) throw staleVersion("This partnering page");
    }
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: "partnering_page.updated",
      entityType: "program",
      entityId: programId,
      before: before ? { published: before.published, content: before.content } : null,
      after: { published: input.published, content: input.content },
    });
  });
  return getPartneringPage(ctx, caller, programId);
}

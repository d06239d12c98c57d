import { and, eq } from "drizzle-orm";
import { diffTemplates, isEmptyDiff, JourneyTemplate } from "../../../domain/journeys/template";
import type {
  TemplateCreateInput,
  TemplateProblem,
  TemplatePublishInput,
  TemplateSummary,
  TemplateValidation,
  TemplateVersion,
  TemplateVersionDiff,
  TemplateVersionSummary,
} from "../../../domain/programs/templates";
import type { AppContext } from "../../context";
import type { DbOrTx, Tx } from "../../db/client";
import { journeyTemplates, journeyTemplateVersions, programTracks, user } from "../../db/schema";
import { AppError, badRequest, conflict, notFound, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { templateSummaries, versionSummaries, type ArchivedFilter } from "./queries";
import { readTemplateYaml } from "./yaml-source";

/*
 * The template library (R-C2, R-C3): templates as YAML with immutable, numbered versions. The
 * journeys module reads a version through `loadTemplateVersion`; a running journey keeps the
 * version it started from, so versions are never changed or deleted.
 */

/** One template version as the journey engine starts journeys from it. */
export interface LoadedTemplateVersion {
  versionId: string;
  templateId: string;
  version: number;
  document: JourneyTemplate;
}

/** A version of a template of this workspace (the latest when `version` is left out); 404 otherwise. */
export async function loadTemplateVersion(db: DbOrTx, workspaceId: string, templateId: string, version?: number): Promise<LoadedTemplateVersion> {
  const [row] = await db
    .select({ versionId: journeyTemplateVersions.id, version: journeyTemplateVersions.version, document: journeyTemplateVersions.document })
    .from(journeyTemplates)
    .innerJoin(
      journeyTemplateVersions,
      and(eq(journeyTemplateVersions.templateId, journeyTemplates.id), eq(journeyTemplateVersions.version, version ?? journeyTemplates.latestVersion)),
    )
    .where(and(eq(journeyTemplates.id, templateId), eq(journeyTemplates.workspaceId, workspaceId)));
  if (!row) throw notFound(version === undefined ? "That template" : `Version ${version} of that template`);
  // Stored documents were validated when published; parsing again types them without a cast.
  return { versionId: row.versionId, templateId, version: row.version, document: JourneyTemplate.parse(row.document) };
}

/** Checks YAML as the editor sends it while the author types: problems with lines, or the template. */
export function validateTemplateYaml(yaml: string): TemplateValidation {
  const reading = readTemplateYaml(yaml);
  return reading.ok ? { ok: true, problems: [], template: reading.template } : { ok: false, problems: reading.problems, template: null };
}

/**
 * A 400 whose errors name each problem's path in the template and, in the message, its line and
 * column ("line 42, column 9: …"; the errors of every problem answer share one shape). The
 * validate endpoint gives line and column as numbers for editors.
 */
function invalidTemplate(problems: TemplateProblem[]): AppError {
  const shown = problems.slice(0, 5).map((p) => `line ${p.line}${p.path ? ` (${p.path})` : ""}: ${p.message}`);
  const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : "";
  const errors = problems.map((p) => ({ path: p.path, message: `line ${p.line}, column ${p.column}: ${p.message}` }));
  return new AppError(400, "Invalid template", `The template has ${problems.length} problem${problems.length === 1 ? "" : "s"}: ${shown.join("; ")}${more}.`, errors);
}

function templateOrThrow(yaml: string): JourneyTemplate {
  const reading = readTemplateYaml(yaml);
  if (!reading.ok) throw invalidTemplate(reading.problems);
  return reading.template;
}

export function listTemplates(ctx: AppContext, caller: Caller, archived: ArchivedFilter): Promise<TemplateSummary[]> {
  return templateSummaries(ctx.db, caller.workspace.id, { archived });
}

async function summaryOf(db: DbOrTx, workspaceId: string, templateId: string): Promise<TemplateSummary> {
  const [summary] = await templateSummaries(db, workspaceId, { archived: "include", templateId });
  if (!summary) throw notFound("That template");
  return summary;
}

export function getTemplate(ctx: AppContext, caller: Caller, templateId: string): Promise<TemplateSummary> {
  return summaryOf(ctx.db, caller.workspace.id, templateId);
}

export async function listVersions(ctx: AppContext, caller: Caller, templateId: string): Promise<TemplateVersionSummary[]> {
  await summaryOf(ctx.db, caller.workspace.id, templateId);
  return versionSummaries(ctx.db, templateId);
}

export async function getVersion(ctx: AppContext, caller: Caller, templateId: string, version: number): Promise<TemplateVersion> {
  const [row] = await ctx.db
    .select({ v: journeyTemplateVersions, byName: user.name })
    .from(journeyTemplateVersions)
    .innerJoin(journeyTemplates, eq(journeyTemplates.id, journeyTemplateVersions.templateId))
    .leftJoin(user, eq(user.id, journeyTemplateVersions.createdBy))
    .where(and(eq(journeyTemplates.id, templateId), eq(journeyTemplates.workspaceId, caller.workspace.id), eq(journeyTemplateVersions.version, version)));
  if (!row) throw notFound(`Version ${version} of that template`);
  const { v, byName } = row;
  return {
    id: v.id,
    templateId,
    version: v.version,
    yaml: v.yaml,
    document: JourneyTemplate.parse(v.document),
    changeNote: v.changeNote,
    createdBy: v.createdBy && byName !== null ? { id: v.createdBy, name: byName } : null,
    createdAt: v.createdAt.toISOString(),
  };
}

export async function createTemplate(ctx: AppContext, caller: Caller, input: TemplateCreateInput): Promise<TemplateSummary> {
  const template = templateOrThrow(input.yaml);
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx.select({ name: journeyTemplates.name }).from(journeyTemplates).where(and(eq(journeyTemplates.workspaceId, workspaceId), eq(journeyTemplates.key, input.key)));
    if (taken) throw conflict(`The key "${input.key}" is already used by the template "${taken.name}"; choose another.`);
    const id = newId();
    const now = ctx.clock.now();
    await tx.insert(journeyTemplates).values({ id, workspaceId, key: input.key, name: template.name, builtIn: null, latestVersion: 1, createdAt: now });
    await insertVersion(tx, { workspaceId, templateId: id, version: 1, template, yaml: input.yaml, changeNote: input.changeNote, createdBy: caller.actor.userId, createdAt: now });
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "template.created", entityType: "journey_template", entityId: id, after: { key: input.key, name: template.name, version: 1 } });
    return summaryOf(tx, workspaceId, id);
  });
}

interface NewVersion {
  workspaceId: string;
  templateId: string;
  version: number;
  template: JourneyTemplate;
  yaml: string;
  changeNote: string;
  createdBy: string | null;
  createdAt: Date;
}

async function insertVersion(tx: Tx, v: NewVersion) {
  await tx.insert(journeyTemplateVersions).values({
    id: newId(),
    workspaceId: v.workspaceId,
    templateId: v.templateId,
    version: v.version,
    document: v.template,
    yaml: v.yaml,
    changeNote: v.changeNote,
    createdBy: v.createdBy,
    createdAt: v.createdAt,
  });
}

async function lockTemplate(tx: Tx, workspaceId: string, templateId: string) {
  const [current] = await tx
    .select()
    .from(journeyTemplates)
    .where(and(eq(journeyTemplates.id, templateId), eq(journeyTemplates.workspaceId, workspaceId)))
    .for("update");
  if (!current) throw notFound("That template");
  return current;
}

/** Publishes the YAML as the next version; journeys already running keep theirs. */
export async function publishVersion(ctx: AppContext, caller: Caller, templateId: string, input: TemplatePublishInput): Promise<TemplateVersion> {
  const template = templateOrThrow(input.yaml);
  const workspaceId = caller.workspace.id;
  const version = await ctx.db.transaction(async (tx) => {
    const current = await lockTemplate(tx, workspaceId, templateId);
    if (current.archivedAt) throw conflict(`"${current.name}" is archived. Restore it before publishing a new version.`);
    if (current.latestVersion !== input.baseVersion) {
      throw staleVersion(`This template (now at version ${current.latestVersion}, you started from ${input.baseVersion})`);
    }
    const latest = await loadTemplateVersion(tx, workspaceId, templateId, current.latestVersion);
    if (isEmptyDiff(diffTemplates(latest.document, template))) {
      throw badRequest(`Nothing in the journey differs from version ${current.latestVersion} (only comments or layout, if anything). Change the template before publishing.`, [
        { path: "body.yaml", message: `describes the same journey as version ${current.latestVersion}` },
      ]);
    }
    const next = current.latestVersion + 1;
    const now = ctx.clock.now();
    await insertVersion(tx, { workspaceId, templateId, version: next, template, yaml: input.yaml, changeNote: input.changeNote, createdBy: caller.actor.userId, createdAt: now });
    await tx.update(journeyTemplates).set({ latestVersion: next, name: template.name }).where(eq(journeyTemplates.id, templateId));
    await writeAudit(tx, ctx.clock, {
      workspaceId,
      actor: caller.audit,
      action: "template.published",
      entityType: "journey_template",
      entityId: templateId,
      before: { version: current.latestVersion, name: current.name },
      after: { version: next, name: template.name, changeNote: input.changeNote },
    });
    return next;
  });
  return getVersion(ctx, caller, templateId, version);
}

export async function diffVersions(ctx: AppContext, caller: Caller, templateId: string, from: number, to: number): Promise<TemplateVersionDiff> {
  const [before, after] = [await loadTemplateVersion(ctx.db, caller.workspace.id, templateId, from), await loadTemplateVersion(ctx.db, caller.workspace.id, templateId, to)];
  return { from, to, diff: diffTemplates(before.document, after.document) };
}

/** The YAML of a version as its author wrote it (comments kept), named for a download. */
export async function exportTemplateYaml(ctx: AppContext, caller: Caller, templateId: string, version?: number) {
  const summary = await summaryOf(ctx.db, caller.workspace.id, templateId);
  const chosen = version ?? summary.latestVersion;
  const { yaml } = await getVersion(ctx, caller, templateId, chosen);
  return { filename: `${summary.key}-v${chosen}.yaml`, yaml };
}

/**
 * Archiving takes a template out of the library's list and out of reach of new tracks; journeys
 * running on it go on. A template a track still uses cannot be archived: the track would point at
 * nothing usable.
 */
export async function setArchived(ctx: AppContext, caller: Caller, templateId: string, archived: boolean): Promise<TemplateSummary> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    const current = await lockTemplate(tx, workspaceId, templateId);
    if ((current.archivedAt !== null) === archived) throw conflict(`"${current.name}" is already ${archived ? "archived" : "in the library"}.`);
    if (archived) {
      const [used] = await tx.select({ id: programTracks.id }).from(programTracks).where(eq(programTracks.templateId, templateId)).limit(1);
      if (used) {
        const names = (await summaryOf(tx, workspaceId, templateId)).usedBy.map((use) => `${use.programName} → ${use.partnerTypeName}`);
        throw conflict(`"${current.name}" is used by ${names.join(", ")}. Point those tracks at another template first.`);
      }
    }
    await tx.update(journeyTemplates).set({ archivedAt: archived ? ctx.clock.now() : null }).where(eq(journeyTemplates.id, templateId));
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: archived ? "template.archived" : "template.restored", entityType: "journey_template", entityId: templateId, before: { name: current.name } });
    return summaryOf(tx, workspaceId, templateId);
  });
}

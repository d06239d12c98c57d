import { desc, eq } from "drizzle-orm";
import { CalibrationScope, type CalibrationNote, type CalibrationNoteInput } from "../../../domain/calibration/contracts";
import type { AppContext } from "../../context";
import { calibrationNotes, user } from "../../db/schema";
import { badRequest } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { kitsOf } from "./report";

/** The newest notes a page shows; older retros stay in the table. */
const notesShown = 200;

/** Retro notes of calibration sessions, newest first, each with the interviews it was about. */
export async function listCalibrationNotes(ctx: AppContext, caller: Caller): Promise<CalibrationNote[]> {
  const workspaceId = caller.workspace.id;
  const [rows, kits] = await Promise.all([
    ctx.db
      .select({ id: calibrationNotes.id, scope: calibrationNotes.scope, body: calibrationNotes.body, createdAt: calibrationNotes.createdAt, authorId: user.id, authorName: user.name })
      .from(calibrationNotes)
      .leftJoin(user, eq(user.id, calibrationNotes.createdBy))
      .where(eq(calibrationNotes.workspaceId, workspaceId))
      .orderBy(desc(calibrationNotes.createdAt), desc(calibrationNotes.id))
      .limit(notesShown),
    kitsOf(ctx.db, workspaceId),
  ]);
  return rows.map((row) => toNote(row, kits));
}

type Kits = Awaited<ReturnType<typeof kitsOf>>;
interface NoteRow {
  id: string;
  scope: unknown;
  body: string;
  createdAt: Date;
  authorId: string | null;
  authorName: string | null;
}

function toNote(row: NoteRow, kits: Kits): CalibrationNote {
  // A scope written by an older version reads as "every interview" rather than failing the list.
  const scope = CalibrationScope.catch({}).parse(row.scope);
  const kit = kits.find((candidate) => candidate.id === scope.kitId);
  return {
    id: row.id,
    scope: {
      kitId: scope.kitId ?? null,
      kitName: kit?.name ?? null,
      stageKey: scope.stageKey ?? null,
      // Without a kit, the stage is named by the first kit that has that key (keys mean the same stage).
      stageName: (kit ? kit.stages : kits.flatMap((candidate) => candidate.stages)).find((stage) => stage.key === scope.stageKey)?.name ?? null,
      from: scope.from ?? null,
      to: scope.to ?? null,
    },
    body: row.body,
    author: row.authorId && row.authorName !== null ? { userId: row.authorId, name: row.authorName } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function addCalibrationNote(ctx: AppContext, caller: Caller, input: CalibrationNoteInput): Promise<CalibrationNote> {
  const workspaceId = caller.workspace.id;
  const kits = await kitsOf(ctx.db, workspaceId);
  if (input.scope.kitId && !kits.some((kit) => kit.id === input.scope.kitId)) throw badRequest("That interview kit does not exist in this workspace.", [{ path: "body.scope.kitId", message: "no such interview kit" }]);
  const id = newId();
  const scope = Object.fromEntries(Object.entries(input.scope).filter(([, value]) => value !== undefined));
  await ctx.db.transaction(async (tx) => {
    await tx.insert(calibrationNotes).values({ id, workspaceId, scope, body: input.body, createdBy: caller.actor.userId, createdAt: ctx.clock.now() });
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "calibration.note_added", entityType: "calibration_note", entityId: id, after: { scope, body: input.body } });
  });
  return toNote({ id, scope, body: input.body, createdAt: ctx.clock.now(), authorId: caller.actor.userId, authorName: caller.name }, kits);
}

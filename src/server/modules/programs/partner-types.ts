import { and, eq } from "drizzle-orm";
import type { PartnerType } from "../../../domain/partners/schemas";
import type { PartnerTypeInput, PartnerTypeRename } from "../../../domain/programs/schemas";
import type { AppContext } from "../../context";
import { partnerTypes } from "../../db/schema";
import { conflict, notFound } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";

/*
 * Partner types are the tracks of programs (DESIGN section 6), so they are edited here. A type's
 * key is what templates name in `track:`; it is chosen once and only the name changes after.
 */

export async function createPartnerType(ctx: AppContext, caller: Caller, input: PartnerTypeInput): Promise<PartnerType> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx.select({ name: partnerTypes.name }).from(partnerTypes).where(and(eq(partnerTypes.workspaceId, workspaceId), eq(partnerTypes.key, input.key)));
    if (taken) throw conflict(`The key "${input.key}" already belongs to the partner type "${taken.name}"; choose another.`);
    const created = { id: newId(), key: input.key, name: input.name };
    await tx.insert(partnerTypes).values({ ...created, workspaceId });
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "partner_type.created", entityType: "partner_type", entityId: created.id, after: input });
    return created;
  });
}

export async function renamePartnerType(ctx: AppContext, caller: Caller, partnerTypeId: string, input: PartnerTypeRename): Promise<PartnerType> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(partnerTypes)
      .where(and(eq(partnerTypes.id, partnerTypeId), eq(partnerTypes.workspaceId, workspaceId)))
      .for("update");
    if (!current) throw notFound("That partner type");
    await tx.update(partnerTypes).set({ name: input.name }).where(eq(partnerTypes.id, partnerTypeId));
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "partner_type.renamed", entityType: "partner_type", entityId: partnerTypeId, before: { name: current.name }, after: { name: input.name } });
    return { id: current.id, key: current.key, name: input.name };
  });
}

import { eq } from "drizzle-orm";
import type { Clock } from "../../clock";
import type { Tx } from "../../db/client";
import { partnerTypes, programs, programTracks } from "../../db/schema";
import { newId } from "../../ids";

export const defaultProgram = {
  key: "partner-program",
  name: "Partner program",
  description: "Every partner type with the journey it follows. Change the templates, add tracks or write tier requirements to fit your programme.",
};

/**
 * Creates the starting program of a workspace that has none: one track per partner type, each
 * pointing at the template `templateFor` names for the type's key (types without one get no
 * track). A workspace that already has a program is left alone, so deleting it sticks.
 */
export async function ensureDefaultProgram(tx: Tx, clock: Clock, workspaceId: string, templateFor: (partnerTypeKey: string) => string | undefined) {
  const [existing] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.workspaceId, workspaceId)).limit(1);
  if (existing) return null;
  const now = clock.now();
  const id = newId();
  await tx.insert(programs).values({ id, workspaceId, ...defaultProgram, version: 1, createdAt: now });
  const types = await tx.select({ id: partnerTypes.id, key: partnerTypes.key }).from(partnerTypes).where(eq(partnerTypes.workspaceId, workspaceId));
  const tracks = types.flatMap((type) => {
    const templateId = templateFor(type.key);
    return templateId ? [{ id: newId(), workspaceId, programId: id, partnerTypeId: type.id, templateId, description: "", createdAt: now }] : [];
  });
  if (tracks.length > 0) await tx.insert(programTracks).values(tracks);
  return { id, key: defaultProgram.key };
}

import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { storedFiles } from "../../../db/schema";
import { conflict } from "../../../errors";
import { parseInput, type KindHandler } from "./handler";

/** An upload request is done once at least one file has been uploaded to it; the files are listed in the result. */
export const uploadRequestHandler: KindHandler = {
  complete: async ({ tx, step, input }) => {
    parseInput(z.strictObject({}), input, "Upload the files first; completing takes no other input.");
    const files = await tx
      .select({ id: storedFiles.id, fileName: storedFiles.fileName })
      .from(storedFiles)
      .where(and(eq(storedFiles.workspaceId, step.workspaceId), eq(storedFiles.stepId, step.id), isNull(storedFiles.deletedAt)))
      .orderBy(asc(storedFiles.createdAt));
    if (files.length === 0) throw conflict("No file has been uploaded to this step yet. Upload at least one, then complete it.");
    return { files };
  },
};

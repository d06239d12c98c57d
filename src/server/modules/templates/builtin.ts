import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import type { JourneyTemplate } from "../../../domain/journeys/template";
import type { Clock } from "../../clock";
import type { DbOrTx } from "../../db/client";
import { journeyTemplates, journeyTemplateVersions } from "../../db/schema";
import { newId } from "../../ids";
import { writeAudit } from "../audit/writer";
import { ensureDefaultProgram } from "../programs/default-program";
import { readTemplateYaml } from "./yaml-source";

/**
 * The templates Accord ships (R-C2), written in our own words from the domain texts. They are
 * YAML files beside this one, loaded into every new workspace as version 1; after that they are
 * the workspace's own to edit. `track` in each file names the partner type it was written for.
 */
export const builtInKeys = ["reseller-onboarding", "bpo-transition", "trust-first-welcome", "partnership-governance", "offboarding"] as const;
export type BuiltInKey = (typeof builtInKeys)[number];

/**
 * Which built-in each starting partner type follows in the default program. Referral partners
 * get the trust-first welcome too: what they need is a relationship, not enablement. Offboarding
 * serves every type at the end of a partnership, so no track starts with it.
 */
export const defaultTrackTemplates: Readonly<Record<string, BuiltInKey>> = {
  reseller: "reseller-onboarding",
  referral: "trust-first-welcome",
  technology: "trust-first-welcome",
  service: "bpo-transition",
  agency: "partnership-governance",
};

export interface BuiltInTemplate {
  key: BuiltInKey;
  yaml: string;
  template: JourneyTemplate;
}

const cache = new Map<BuiltInKey, BuiltInTemplate>();

/** A built-in as shipped; a file that does not validate is a bug in Accord, so it throws. */
export function readBuiltIn(key: BuiltInKey): BuiltInTemplate {
  const cached = cache.get(key);
  if (cached) return cached;
  const yaml = readFileSync(new URL(`./builtin/${key}.yaml`, import.meta.url), "utf8");
  const reading = readTemplateYaml(yaml);
  if (!reading.ok) {
    throw new Error(`built-in template ${key} is invalid: ${reading.problems.map((p) => `line ${p.line} ${p.path}: ${p.message}`).join("; ")}`);
  }
  const loaded = { key, yaml, template: reading.template };
  cache.set(key, loaded);
  return loaded;
}

export const builtInChangeNote = "Built-in template as shipped with Accord";
const system = { userId: null, label: "Accord" };

/**
 * Loads every built-in the workspace lacks (matched by `built_in`, so a renamed or edited copy
 * still counts as present) and the default program. Safe to call again: it adds only what is
 * missing. Runs in the caller's transaction when given one.
 */
export async function ensureBuiltInTemplates(db: DbOrTx, clock: Clock, workspaceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const present = await tx
      .select({ id: journeyTemplates.id, key: journeyTemplates.key, builtIn: journeyTemplates.builtIn })
      .from(journeyTemplates)
      .where(eq(journeyTemplates.workspaceId, workspaceId));
    const ids = new Map<BuiltInKey, string>();
    for (const row of present) {
      const key = builtInKeys.find((k) => k === row.builtIn);
      if (key) ids.set(key, row.id);
    }
    const takenKeys = new Set(present.map((row) => row.key));
    const loaded: string[] = [];
    const now = clock.now();
    for (const key of builtInKeys) {
      if (ids.has(key)) continue;
      const { yaml, template } = readBuiltIn(key);
      const id = newId();
      const templateKey = freeKey(key, takenKeys);
      takenKeys.add(templateKey);
      await tx.insert(journeyTemplates).values({ id, workspaceId, key: templateKey, name: template.name, builtIn: key, latestVersion: 1, createdAt: now });
      await tx.insert(journeyTemplateVersions).values({ id: newId(), workspaceId, templateId: id, version: 1, document: template, yaml, changeNote: builtInChangeNote, createdBy: null, createdAt: now });
      ids.set(key, id);
      loaded.push(templateKey);
    }
    const program = await ensureDefaultProgram(tx, clock, workspaceId, (typeKey) => {
      const builtIn = defaultTrackTemplates[typeKey];
      return builtIn ? ids.get(builtIn) : undefined;
    });
    if (loaded.length > 0 || program) {
      await writeAudit(tx, clock, {
        workspaceId,
        actor: system,
        action: "templates.built_ins_loaded",
        entityType: "workspace",
        entityId: workspaceId,
        after: { templates: loaded, ...(program ? { program: program.key } : {}) },
      });
    }
  });
}

/** The built-in's own key, unless the workspace already uses it for a template of its own. */
function freeKey(key: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key)) return key;
  for (let n = 2; ; n++) if (!taken.has(`${key}-${n}`)) return `${key}-${n}`;
}


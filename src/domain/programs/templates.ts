import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { JourneyTemplate } from "../journeys/template";

/*
 * What the template library API accepts and answers (R-C2, R-C3). A template is YAML as its
 * author wrote it plus the validated document; every publish is a new, immutable version.
 */

/** Large enough for a 1,000-step template with prose, small enough to validate on every keystroke pause. */
export const maxTemplateYamlChars = 400_000;

export const TemplateKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, "use lowercase letters, digits and dashes, starting with a letter (e.g. reseller-onboarding)");

const Yaml = z.string().max(maxTemplateYamlChars, `at most ${maxTemplateYamlChars.toLocaleString("en")} characters`);
const ChangeNote = z.string().trim().min(1, "say what changed in this version").max(2000, "at most 2000 characters");

export const TemplateCreateInput = z.strictObject({
  key: TemplateKey,
  yaml: Yaml,
  changeNote: ChangeNote.default("First version"),
});
export type TemplateCreateInput = z.infer<typeof TemplateCreateInput>;

export const TemplatePublishInput = z.strictObject({
  yaml: Yaml,
  changeNote: ChangeNote,
  /** The latest version the author started from: publishing over a newer one is a 409. */
  baseVersion: z.number().int().min(1),
});
export type TemplatePublishInput = z.infer<typeof TemplatePublishInput>;

export const TemplateValidateInput = z.strictObject({ yaml: Yaml });

/** One thing wrong with a template, with where it is in the YAML (1-based line and column). */
export const TemplateProblem = z.object({
  path: z.string(),
  message: z.string(),
  line: z.number().int(),
  column: z.number().int(),
});
export type TemplateProblem = z.infer<typeof TemplateProblem>;

export const TemplateValidation = z.object({
  ok: z.boolean(),
  problems: z.array(TemplateProblem),
  /** The validated template (defaults filled in) when there are no problems, for the outline preview. */
  template: JourneyTemplate.nullable(),
});
export type TemplateValidation = z.infer<typeof TemplateValidation>;

const PersonRef = z.object({ id: z.string(), name: z.string() });

export const TemplateUse = z.object({
  programId: Id,
  programName: z.string(),
  partnerTypeId: Id,
  partnerTypeName: z.string(),
});
export type TemplateUse = z.infer<typeof TemplateUse>;

export const TemplateSummary = z
  .object({
    id: Id,
    key: z.string(),
    name: z.string(),
    /** The built-in template this one was loaded from, if any. */
    builtIn: z.string().nullable(),
    latestVersion: z.number().int(),
    archivedAt: Timestamp.nullable(),
    updatedAt: Timestamp,
    usedBy: z.array(TemplateUse),
    /** Journeys started from any version of it and not cancelled. */
    activeJourneys: z.number().int(),
  })
  .meta({ id: "TemplateSummary" });
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateListQuery = z.object({
  archived: z.enum(["include", "exclude", "only"]).default("exclude"),
});

export const TemplateVersionSummary = z.object({
  version: z.number().int(),
  changeNote: z.string(),
  createdBy: PersonRef.nullable(),
  createdAt: Timestamp,
});
export type TemplateVersionSummary = z.infer<typeof TemplateVersionSummary>;

export const TemplateVersion = TemplateVersionSummary.extend({
  id: Id,
  templateId: Id,
  yaml: z.string(),
  document: JourneyTemplate,
}).meta({ id: "TemplateVersion" });
export type TemplateVersion = z.infer<typeof TemplateVersion>;

const StepRef = z.object({ key: z.string(), title: z.string(), phase: z.string() });

/** `diffTemplates` of the journey domain, as the API sends it. */
export const TemplateDiff = z.object({
  template: z.array(z.string()),
  phases: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.object({ key: z.string(), fields: z.array(z.string()) })),
  }),
  added: z.array(StepRef),
  removed: z.array(StepRef),
  changed: z.array(StepRef.extend({ fields: z.array(z.string()) })),
  moved: z.array(StepRef.extend({ from: z.string() })),
});

export const TemplateDiffQuery = z.object({
  from: z.coerce.number().int().min(1, "name a version number (1 or more)"),
  to: z.coerce.number().int().min(1, "name a version number (1 or more)"),
});

export const TemplateVersionDiff = z.object({ from: z.number().int(), to: z.number().int(), diff: TemplateDiff });
export type TemplateVersionDiff = z.infer<typeof TemplateVersionDiff>;

export const TemplateExportQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

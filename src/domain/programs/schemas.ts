import { z } from "zod";
import { Id, Timestamp, Version } from "../common/schemas";

/*
 * What the programs API accepts and answers (R-C1), shared by the server and the web app. A
 * program pairs each partner type (its tracks, DESIGN section 6) with a journey template and says
 * what each tier asks of a partner.
 */

const trimmed = (max: number) => z.string().trim().min(1, "cannot be empty").max(max, `at most ${max} characters`);
const longText = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

/** Keys name things in URLs, YAML (`track: reseller`) and exports: stable, lowercase, readable. */
export const ProgramKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, "use lowercase letters, digits and dashes, starting with a letter (e.g. partner-program)");

/** Partner type keys are what a template's `track:` names, so they follow the template's key rules. */
export const PartnerTypeKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "use lowercase letters, digits and underscores, starting with a letter (e.g. reseller)");

export const ProgramInput = z.strictObject({
  key: ProgramKey,
  name: trimmed(200),
  description: longText(5000).default(""),
});
export type ProgramInput = z.infer<typeof ProgramInput>;

export const ProgramPatch = z.strictObject({
  version: Version,
  key: ProgramKey.optional(),
  name: trimmed(200).optional(),
  description: longText(5000).optional(),
});
export type ProgramPatch = z.infer<typeof ProgramPatch>;

/** Deleting needs the version the client saw, like every other change. */
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1, "send the version you read") });

export const TrackInput = z.strictObject({
  /** The program's version as read: a track is part of its program. */
  version: Version,
  templateId: Id.nullable(),
  description: longText(2000).default(""),
});
export type TrackInput = z.infer<typeof TrackInput>;

export const TierRequirementInput = z.strictObject({
  version: Version,
  /** Empty removes the program's requirements for this tier. */
  requirements: longText(5000),
});
export type TierRequirementInput = z.infer<typeof TierRequirementInput>;

const NamedRef = z.object({ id: Id, name: z.string() });

export const ProgramTrack = z.object({
  id: Id,
  partnerType: z.object({ id: Id, key: z.string(), name: z.string() }),
  template: z.object({ id: Id, key: z.string(), name: z.string(), latestVersion: z.number().int(), archived: z.boolean() }).nullable(),
  description: z.string(),
});
export type ProgramTrack = z.infer<typeof ProgramTrack>;

export const ProgramTierRequirement = z.object({
  tier: NamedRef.extend({ rank: z.number().int() }),
  requirements: z.string(),
});
export type ProgramTierRequirement = z.infer<typeof ProgramTierRequirement>;

export const Program = z
  .object({
    id: Id,
    key: z.string(),
    name: z.string(),
    description: z.string(),
    version: z.number().int(),
    createdAt: Timestamp,
    tracks: z.array(ProgramTrack),
    tierRequirements: z.array(ProgramTierRequirement),
  })
  .meta({ id: "Program" });
export type Program = z.infer<typeof Program>;

export const PartnerTypeInput = z.strictObject({ key: PartnerTypeKey, name: trimmed(100) });
export type PartnerTypeInput = z.infer<typeof PartnerTypeInput>;
/** A type's key is what templates name in `track:`, so only its name changes. */
export const PartnerTypeRename = z.strictObject({ name: trimmed(100) });
export type PartnerTypeRename = z.infer<typeof PartnerTypeRename>;

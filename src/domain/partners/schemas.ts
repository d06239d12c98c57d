import { z } from "zod";
import { Id, Page, Timestamp, Version } from "../common/schemas";
import { LifecycleStage } from "./lifecycle";

const trimmed = (max: number) => z.string().trim().min(1, "cannot be empty").max(max, `at most ${max} characters`);

/**
 * IANA zone names, checked against the runtime's own list so a typo is caught at the door, and
 * stored in their canonical spelling ("europe/berlin" becomes "Europe/Berlin").
 */
export const TimeZone = z
  .string()
  .max(64)
  .refine(isKnownTimeZone, { message: "must be an IANA time zone such as Europe/Berlin" })
  .transform((zone) => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone);
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be a two-letter ISO country code such as DE");

export const Website = z
  .url({ protocol: /^https?$/, message: "must be a web address starting with http:// or https://" })
  .max(300);

/** Where mail to a partner goes before anyone of it has portal access; trimmed, then checked. */
export const ContactEmail = z
  .string()
  .trim()
  .max(254, "at most 254 characters")
  .pipe(z.email({ message: "must be an email address such as name@example.com" }));

export const PartnerInput = z.strictObject({
  name: trimmed(200),
  typeId: Id,
  tierId: Id.nullable().default(null),
  country: CountryCode.nullable().default(null),
  timeZone: TimeZone.default("UTC"),
  website: Website.nullable().default(null),
  ownerUserId: z.string().min(1).nullable().default(null),
  programId: Id.nullable().default(null),
  contactName: trimmed(200).nullable().default(null),
  contactEmail: ContactEmail.nullable().default(null),
  stage: LifecycleStage.default("applicant"),
});
export type PartnerInput = z.infer<typeof PartnerInput>;

export const PartnerPatch = z.strictObject({
  version: Version,
  name: trimmed(200).optional(),
  typeId: Id.optional(),
  tierId: Id.nullable().optional(),
  country: CountryCode.nullable().optional(),
  timeZone: TimeZone.optional(),
  website: Website.nullable().optional(),
  ownerUserId: z.string().min(1).nullable().optional(),
  programId: Id.nullable().optional(),
  contactName: trimmed(200).nullable().optional(),
  contactEmail: ContactEmail.nullable().optional(),
});
export type PartnerPatch = z.infer<typeof PartnerPatch>;

export const StageMove = z.strictObject({
  version: Version,
  stage: LifecycleStage,
  reason: z.string().trim().max(1000).default(""),
});

export const PersonRef = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const Partner = z
  .object({
    id: Id,
    name: z.string(),
    type: z.object({ id: Id, name: z.string() }),
    tier: z.object({ id: Id, name: z.string() }).nullable(),
    country: z.string().nullable(),
    timeZone: z.string(),
    website: z.string().nullable(),
    owner: PersonRef.nullable(),
    program: z.object({ id: Id, name: z.string() }).nullable(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    stage: LifecycleStage,
    stageChangedAt: Timestamp,
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: "Partner" });
export type Partner = z.infer<typeof Partner>;

/** `inStage` orders by time in the current stage: longest waiting first, `-inStage` the latest moves first. */
export const partnerSorts = ["name", "-name", "stage", "-stage", "updated", "-updated", "created", "-created", "inStage", "-inStage"] as const;
export const PartnerListQuery = Page.extend({
  q: z.string().trim().max(200).optional(),
  stage: z.union([LifecycleStage, z.array(LifecycleStage)]).optional(),
  typeId: Id.optional(),
  tierId: Id.optional(),
  programId: Id.optional(),
  ownerUserId: z.string().max(100).optional(),
  sort: z.enum(partnerSorts).default("name"),
});
export type PartnerListQuery = z.infer<typeof PartnerListQuery>;

export const PartnerListRow = Partner.pick({
  id: true,
  name: true,
  type: true,
  tier: true,
  country: true,
  stage: true,
  owner: true,
  program: true,
  stageChangedAt: true,
  updatedAt: true,
});
export const PartnerList = z.object({
  items: z.array(PartnerListRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PartnerList = z.infer<typeof PartnerList>;

export const StageChange = z.object({
  id: Id,
  fromStage: LifecycleStage.nullable(),
  toStage: LifecycleStage,
  reason: z.string(),
  by: PersonRef.nullable(),
  at: Timestamp,
});
export type StageChange = z.infer<typeof StageChange>;

export const PartnerType = z.object({ id: Id, key: z.string(), name: z.string() });
export const PartnerTier = z.object({ id: Id, name: z.string(), rank: z.number().int(), requirements: z.string() });
export type PartnerType = z.infer<typeof PartnerType>;
export type PartnerTier = z.infer<typeof PartnerTier>;

export const PartnerMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["partner_admin", "partner_member"]),
  status: z.enum(["active", "removed"]),
  joinedAt: Timestamp,
});
export const PendingInvitation = z.object({
  id: Id,
  email: z.string(),
  role: z.string(),
  expiresAt: Timestamp,
  invitedBy: PersonRef.nullable(),
});
export const PartnerPeople = z.object({
  members: z.array(PartnerMember),
  invitations: z.array(PendingInvitation),
  hostContacts: z.array(PersonRef.extend({ responsibility: z.enum(["owner", "team"]) })),
});
export type PartnerPeople = z.infer<typeof PartnerPeople>;

export const TeamInput = z.strictObject({ userIds: z.array(z.string().min(1)).max(50) });

export const PartnerInvitationInput = z.strictObject({
  email: z.email({ message: "must be an email address" }).max(254),
  role: z.enum(["partner_admin", "partner_member"]).default("partner_member"),
});

export const TimelineEntry = z.object({
  id: Id,
  kind: z.string(),
  summary: z.string(),
  actor: PersonRef.nullable(),
  visibility: z.enum(["internal", "shared"]),
  at: Timestamp,
});
export const Timeline = z.object({ items: z.array(TimelineEntry), nextBefore: Timestamp.nullable() });
export type Timeline = z.infer<typeof Timeline>;
export const TimelineQuery = z.object({ before: Timestamp.optional(), limit: z.coerce.number().int().min(1).max(100).default(50) });

export type PartnerListRow = z.infer<typeof PartnerListRow>;
export type PartnerMember = z.infer<typeof PartnerMember>;
export type PendingInvitation = z.infer<typeof PendingInvitation>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type HostContact = PartnerPeople["hostContacts"][number];

/** GET /api/w/:ws/partner-settings — the reference data partner forms choose from. */
export const PartnerSettings = z.object({ types: z.array(PartnerType), tiers: z.array(PartnerTier) });
export type PartnerSettings = z.infer<typeof PartnerSettings>;

/** GET /api/w/:ws/portal — a partner user's front page: their organisation, colleagues and host contacts. */
export const PortalView = z.object({
  partner: Partner,
  people: PartnerPeople,
  me: z.object({ userId: z.string(), role: z.enum(["partner_admin", "partner_member"]) }),
});
export type PortalView = z.infer<typeof PortalView>;

import { z } from "zod";
import { PartnerRole, StaffRole, TokenScope } from "../access/roles";
import { Id, Timestamp, Version, WorkspaceSlug } from "../common/schemas";

export const Email = z.email({ message: "must be an email address" }).max(254).transform((e) => e.toLowerCase());

/** At least 10 characters: long enough to resist guessing, short enough to type. */
export const NewPassword = z
  .string()
  .min(10, "use at least 10 characters")
  .max(128, "use at most 128 characters");

export const Workspace = z.object({ id: Id, slug: WorkspaceSlug, name: z.string() });

export const Membership = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("staff"), workspace: Workspace, role: StaffRole }),
  z.object({
    kind: z.literal("partner"),
    workspace: Workspace,
    role: PartnerRole,
    partner: z.object({ id: Id, name: z.string() }),
  }),
]);
export type Membership = z.infer<typeof Membership>;

export const Me = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  memberships: z.array(Membership),
});
export type Me = z.infer<typeof Me>;

export const StaffUser = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: StaffRole,
  status: z.enum(["active", "deactivated"]),
  version: z.number().int(),
  joinedAt: Timestamp,
});
export type StaffUser = z.infer<typeof StaffUser>;

export const StaffInvitationInput = z.strictObject({ email: Email, role: StaffRole });
export const StaffInvitation = z.object({
  id: Id,
  email: z.string(),
  role: z.string(),
  expiresAt: Timestamp,
  createdAt: Timestamp,
});
export const StaffDirectory = z.object({ users: z.array(StaffUser), invitations: z.array(StaffInvitation) });
export type StaffDirectory = z.infer<typeof StaffDirectory>;

export const RoleChange = z.strictObject({ role: StaffRole, version: Version });
export const VersionOnly = z.strictObject({ version: Version });

/** What an invitee sees before accepting. */
export const InvitationPreview = z.object({
  email: z.string(),
  workspaceName: z.string(),
  partnerName: z.string().nullable(),
  role: z.string(),
  existingUser: z.boolean(),
  passwordRequired: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const InvitationAcceptInput = z.strictObject({
  token: z.string().min(20).max(200),
  name: z.string().trim().min(1, "tell us your name").max(120),
  password: NewPassword.optional(),
});

export const ApiTokenInput = z.strictObject({
  name: z.string().trim().min(1, "give the token a name").max(80),
  scopes: z.array(TokenScope).min(1, "choose at least one scope"),
  expiresInDays: z.number().int().min(1).max(365).nullable().default(90),
});
export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(TokenScope),
  createdBy: z.string(),
  createdAt: Timestamp,
  expiresAt: Timestamp.nullable(),
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const CreatedApiToken = ApiToken.extend({ secret: z.string() });

export const SetupInput = z.strictObject({
  workspaceName: z.string().trim().min(1).max(120),
  workspaceSlug: WorkspaceSlug,
  name: z.string().trim().min(1).max(120),
  email: Email,
  password: NewPassword,
});
export const SetupStatus = z.object({ needed: z.boolean() });

/** GET /api/w/:ws — the workspace and the caller's place in it (the web client builds its Actor from it). */
export const WorkspaceInfo = Workspace.extend({
  me: z.object({ kind: z.enum(["staff", "partner"]), role: z.string(), partnerId: z.string().nullable() }),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

export type StaffInvitation = z.infer<typeof StaffInvitation>;

/** Reply of POST /api/setup. */
export const SetupResult = z.object({ workspaceSlug: z.string() });

/** Reply of POST /api/auth/invitation/accept: where the new member lands. */
export const InvitationAccepted = z.object({ redirectTo: z.string() });

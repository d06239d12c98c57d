import { z } from "zod";

/**
 * Who owns a step, written as a role and resolved to a person when a journey starts: `host:manager`
 * is the partner's owning manager, `partner:admin` the partner's admin, and so on. Roles, not
 * people, so one template serves every partner of a track.
 */
export const ownerRoles = ["host:manager", "host:admin", "host:owner", "partner:admin", "partner:member"] as const;
export const OwnerRole = z.enum(ownerRoles, {
  error: `use one of ${ownerRoles.join(", ")}`,
});
export type OwnerRole = z.infer<typeof OwnerRole>;

/** Partner users never see internal steps, so a partner role can neither own nor pass one. */
export function isPartnerRole(role: OwnerRole): boolean {
  return role.startsWith("partner:");
}

/** `internal` steps stay on the host side; `shared` steps also show in the partner portal. */
export const Visibility = z.enum(["internal", "shared"], { error: "use internal or shared" });
export type Visibility = z.infer<typeof Visibility>;

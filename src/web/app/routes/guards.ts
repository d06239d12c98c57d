import type { QueryClient } from "@tanstack/react-query";
import { redirect } from "@tanstack/react-router";
import type { Membership, Me } from "../../../domain/workspaces/schemas";
import { meQuery } from "../../features/auth/api";

/** The signed-in person, or a redirect to sign in that comes back here afterwards. */
export async function requireMe(queryClient: QueryClient, returnTo: string): Promise<Me> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (!me) throw redirect({ to: "/sign-in", search: { redirect: returnTo } });
  return me;
}

/** Signed-out pages send a signed-in person home instead. */
export async function redirectIfSignedIn(queryClient: QueryClient): Promise<void> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (me) throw redirect({ to: "/" });
}

/** Where a membership lands: staff in the workspace (its index picks the page), partners in their portal. */
export function homeOf(membership: Membership) {
  return membership.kind === "partner"
    ? ({ to: "/w/$ws/portal", params: { ws: membership.workspace.slug } } as const)
    : ({ to: "/w/$ws", params: { ws: membership.workspace.slug } } as const);
}

/** Only same-app paths are followed after sign-in, never another site. */
export function safeRedirect(target: string | undefined): string | null {
  if (!target || !target.startsWith("/") || target.startsWith("//")) return null;
  return target;
}

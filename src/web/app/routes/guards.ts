import type { QueryClient } from "@tanstack/react-query";
import { redirect } from "@tanstack/react-router";
import type { Membership, Me } from "../../../domain/workspaces/schemas";
import { meQuery, setupStatusQuery } from "../../features/auth/api";

/** The signed-in person, or a redirect to sign in (or, on a brand-new install, to setup). */
export async function requireMe(queryClient: QueryClient, returnTo: string): Promise<Me> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (me) return me;
  await redirectToSetupIfNeeded(queryClient);
  throw redirect({ to: "/sign-in", search: { redirect: returnTo === "/" ? undefined : returnTo } });
}

/** Sign-in sends a signed-in person home, and a first visitor of a new install to setup. */
export async function redirectIfSignedIn(queryClient: QueryClient): Promise<void> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (me) throw redirect({ to: "/" });
  await redirectToSetupIfNeeded(queryClient);
}

async function redirectToSetupIfNeeded(queryClient: QueryClient): Promise<void> {
  const status = await queryClient.fetchQuery(setupStatusQuery).catch(() => ({ needed: false }));
  if (status.needed) throw redirect({ to: "/setup" });
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

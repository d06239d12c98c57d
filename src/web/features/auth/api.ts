import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { InvitationAccepted, InvitationPreview, Me, SetupResult, SetupStatus } from "../../../domain/workspaces/schemas";
import { ApiError, api } from "../../api/http";

/** Who is signed in (null when nobody is); the router asks it before any guarded page. */
export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await api("/api/me", Me);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

const Anything = z.unknown();

export function signInWithPassword(input: { email: string; password: string }) {
  return api("/api/auth/sign-in/email", Anything, { method: "POST", body: input });
}

export function requestMagicLink(input: { email: string; callbackURL: string }) {
  return api("/api/auth/sign-in/magic-link", Anything, { method: "POST", body: input });
}

export function requestPasswordReset(email: string) {
  return api("/api/auth/request-password-reset", Anything, { method: "POST", body: { email, redirectTo: "/reset-password" } });
}

export function resetPassword(input: { newPassword: string; token: string }) {
  return api("/api/auth/reset-password", Anything, { method: "POST", body: input });
}

export function signOut() {
  return api("/api/auth/sign-out", Anything, { method: "POST", body: {} });
}

export const setupStatusQuery = queryOptions({
  queryKey: ["setup"],
  queryFn: () => api("/api/setup", SetupStatus),
  // Setup is needed once per install; after that the answer never changes back.
  staleTime: Number.POSITIVE_INFINITY,
});

export function runSetup(input: { workspaceName: string; workspaceSlug: string; name: string; email: string; password: string }) {
  return api("/api/setup", SetupResult, { method: "POST", body: input });
}

export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: ["invitation", token],
    queryFn: () => api(`/api/invitations/${encodeURIComponent(token)}`, InvitationPreview),
    retry: false,
  });

export function acceptInvitation(input: { token: string; name: string; password?: string }) {
  return api("/api/auth/invitation/accept", InvitationAccepted, { method: "POST", body: input });
}

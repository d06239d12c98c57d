import { APIError, createAuthEndpoint } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { InvitationAcceptInput } from "../../../domain/workspaces/schemas";
import type { AppContext } from "../../context";
import { AppError } from "../../errors";
import { acceptInvitation } from "./service";

/**
 * Accepting an invitation signs the person in. That needs better-auth's session cookie, so the
 * endpoint lives inside better-auth as a plugin (at /api/auth/invitation/accept); the work itself
 * is our service, in our transaction.
 */
export function invitationPlugin(ctx: AppContext) {
  return {
    id: "accord-invitations",
    endpoints: {
      acceptInvitation: createAuthEndpoint(
        "/invitation/accept",
        { method: "POST", body: InvitationAcceptInput },
        async (endpoint) => {
          const accepted = await acceptInvitation(ctx, endpoint.body).catch((error: unknown) => {
            // better-auth answers only its own error type; the bridge turns it into problem+json.
            if (error instanceof AppError) {
              throw new APIError(statusOf(error.status), { message: error.message, errors: error.fieldErrors });
            }
            throw error;
          });
          const found = await endpoint.context.internalAdapter.findUserById(accepted.userId);
          const session = await endpoint.context.internalAdapter.createSession(accepted.userId);
          if (!found || !session) throw new Error("session could not be created after accepting an invitation");
          await setSessionCookie(endpoint, { session, user: found });
          return endpoint.json({ redirectTo: accepted.redirectTo });
        },
      ),
    },
  } as const;
}

function statusOf(status: number) {
  if (status === 400 || status === 404 || status === 409) return status;
  return 400;
}

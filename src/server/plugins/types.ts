import type { Actor } from "../../domain/access/roles";
import type { RouteAction } from "../../domain/access/actions";

export interface RequestWorkspace {
  id: string;
  slug: string;
  name: string;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Every route says what it does; the authorization hook refuses a route that does not. */
    action?: RouteAction;
  }
  interface FastifyRequest {
    /** Set for workspace routes once the caller's membership is known. */
    actor: Actor | null;
    workspace: RequestWorkspace | null;
    /** Set for "session" routes: the signed-in person, with no workspace. */
    signedInUser: { id: string; name: string; email: string } | null;
  }
}

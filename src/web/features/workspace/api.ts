import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { PartnerRole, StaffRole, type Actor } from "../../../domain/access/roles";
import type { Me, WorkspaceInfo } from "../../../domain/workspaces/schemas";
import { WorkspaceInfo as WorkspaceInfoSchema } from "../../../domain/workspaces/schemas";
import { api } from "../../api/http";
import { meQuery } from "../auth/api";

export const workspaceQuery = (slug: string) =>
  queryOptions({
    queryKey: ["workspace", slug],
    queryFn: () => api(`/api/w/${encodeURIComponent(slug)}`, WorkspaceInfoSchema),
    staleTime: 60_000,
  });

const workspaceRoute = getRouteApi("/w/$ws");

/** The workspace of the current page; the /w/$ws route has loaded it before any child renders. */
export function useWorkspace(): WorkspaceInfo {
  const { ws } = workspaceRoute.useParams();
  return useSuspenseQuery(workspaceQuery(ws)).data;
}

export function useSignedInUser(): Me["user"] {
  const me = useSuspenseQuery(meQuery).data;
  if (!me) throw new Error("a workspace page rendered without a signed-in user");
  return me.user;
}

/** The Actor that `can()` decides for, built from what the server said about me in this workspace. */
export function actorFor(userId: string, workspace: WorkspaceInfo): Actor | null {
  if (workspace.me.kind === "partner") {
    const role = PartnerRole.safeParse(workspace.me.role);
    if (!role.success || !workspace.me.partnerId) return null;
    return { kind: "partner", userId, workspaceId: workspace.id, role: role.data, partnerId: workspace.me.partnerId };
  }
  const role = StaffRole.safeParse(workspace.me.role);
  if (!role.success) return null;
  return { kind: "staff", userId, workspaceId: workspace.id, role: role.data };
}

export function useActor(): Actor {
  const workspace = useWorkspace();
  const user = useSignedInUser();
  const actor = actorFor(user.id, workspace);
  if (!actor) throw new Error(`unknown role ${workspace.me.role}`);
  return actor;
}

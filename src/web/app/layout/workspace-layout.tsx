import { Outlet } from "@tanstack/react-router";
import { useWorkspace } from "../../features/workspace/api";
import { PortalShell } from "./portal-shell";
import { StaffShell } from "./staff-shell";

/** Staff get the full app with its navigation; partner users get their portal's simpler frame. */
export function WorkspaceLayout() {
  const workspace = useWorkspace();
  const Shell = workspace.me.kind === "partner" ? PortalShell : StaffShell;
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

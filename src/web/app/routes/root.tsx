import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet, redirect } from "@tanstack/react-router";
import { NotFoundPage, RouteErrorPage } from "../route-fallbacks";
import { homeOf, requireMe } from "./guards";

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

/** "/": one membership goes straight to its home; several get a chooser. */
export const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: async ({ context, location }) => {
    const me = await requireMe(context.queryClient, location.href);
    const only = me.memberships.length === 1 ? me.memberships[0] : undefined;
    if (only) throw redirect(homeOf(only));
  },
  component: lazyRouteComponent(() => import("../workspace-chooser"), "WorkspaceChooser"),
});

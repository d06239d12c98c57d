import { createRoute, lazyRouteComponent, redirect } from "@tanstack/react-router";
import { SignInSearch, TokenSearch } from "../../features/auth/search";
import { setupStatusQuery } from "../../features/auth/api";
import { redirectIfSignedIn } from "./guards";
import { rootRoute } from "./root";

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: (search: Record<string, unknown>) => SignInSearch.parse(search),
  beforeLoad: ({ context }) => redirectIfSignedIn(context.queryClient),
  component: lazyRouteComponent(() => import("../../features/auth/sign-in-page"), "SignInPage"),
});

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  component: lazyRouteComponent(() => import("../../features/auth/forgot-password-page"), "ForgotPasswordPage"),
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: (search: Record<string, unknown>) => TokenSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/auth/reset-password-page"), "ResetPasswordPage"),
});

export const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invite/$token",
  component: lazyRouteComponent(() => import("../../features/auth/invitation-page"), "InvitationPage"),
});

export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/setup",
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery);
    if (!status.needed) throw redirect({ to: "/sign-in" });
  },
  component: lazyRouteComponent(() => import("../../features/auth/setup-page"), "SetupPage"),
});

/*
 * The public pages of a program (R-B2, R-B7): children of the root, not of /w/$ws, so they open
 * signed out and without the workspace layout; the router ranks these static segments above it.
 */
export const applyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/w/$ws/apply/$programKey",
  component: lazyRouteComponent(() => import("../../features/applications/public/apply-page"), "ApplyPage"),
});

export const partneringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/w/$ws/partnering/$programKey",
  component: lazyRouteComponent(() => import("../../features/applications/public/partnering-page"), "PartneringPage"),
});

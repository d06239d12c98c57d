import type { QueryClient } from "@tanstack/react-query";
import { createRouter } from "@tanstack/react-router";
import { PageLoader } from "../components/page-loader";
import { homeRoute, rootRoute } from "./routes/root";
import { applyRoute, forgotPasswordRoute, invitationRoute, partneringRoute, resetPasswordRoute, setupRoute, signInRoute } from "./routes/signed-out";
import {
  apiTokensRoute,
  auditRoute,
  calibrationRoute,
  certifiedInterviewersRoute,
  emailTemplateRoute,
  emailTemplatesRoute,
  interviewKitsRoute,
  interviewRoute,
  journeysRoute,
  myInterviewsRoute,
  myWorkRoute,
  newPartnerRoute,
  outboxRoute,
  partnerJourneyRoute,
  partnerRoute,
  partnersRoute,
  peopleRoute,
  importsRoute,
  pipelineRoute,
  portalJourneyRoute,
  portalRoute,
  programsRoute,
  recruitingRoute,
  templateRoute,
  templatesRoute,
  workspaceIndexRoute,
  workspaceRoute,
} from "./routes/workspace";
import { relationshipRoutes } from "./routes/relationship";
import { parseSearch, stringifySearch } from "./search";

const routeTree = rootRoute.addChildren([
  homeRoute,
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  invitationRoute,
  setupRoute,
  applyRoute,
  partneringRoute,
  workspaceRoute.addChildren([
    workspaceIndexRoute,
    partnersRoute,
    importsRoute,
    pipelineRoute,
    newPartnerRoute,
    partnerRoute,
    partnerJourneyRoute,
    myWorkRoute,
    journeysRoute,
    peopleRoute,
    programsRoute,
    recruitingRoute,
    templatesRoute,
    templateRoute,
    emailTemplatesRoute,
    emailTemplateRoute,
    myInterviewsRoute,
    interviewRoute,
    interviewKitsRoute,
    calibrationRoute,
    certifiedInterviewersRoute,
    auditRoute,
    outboxRoute,
    apiTokensRoute,
    portalRoute,
    portalJourneyRoute,
    ...relationshipRoutes,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultPreload: "intent",
    // Data comes from TanStack Query's cache, so the router need not keep its own copy fresh.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoader,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

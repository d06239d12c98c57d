import { createRoute, lazyRouteComponent, redirect } from "@tanstack/react-router";
import { can } from "../../../domain/access/policy";
import { isStatus } from "../../api/problems";
import { AuditSearch } from "../../features/audit/search";
import { CalibrationSearch } from "../../features/calibration/search";
import { CohortSearch } from "../../features/cohorts/search";
import { JourneyPageSearch } from "../../features/journeys/search";
import { OutboxSearch } from "../../features/outbox/search";
import { PartnerPageSearch, PartnersSearch } from "../../features/partners/search";
import { ImportsSearch } from "../../features/imports/search";
import { PipelineSearch } from "../../features/pipeline/search";
import { PortalJourneySearch } from "../../features/portal/journey/search";
import { TemplatePageSearch } from "../../features/templates/search";
import { actorFor, workspaceQuery } from "../../features/workspace/api";
import { requireMe } from "./guards";
import { rootRoute } from "./root";

/**
 * /w/$ws: signed in, a member of this workspace, and in the right half of the app — a partner
 * user is always sent to the portal, staff never see it.
 */
export const workspaceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/w/$ws",
  beforeLoad: async ({ context, params, location }) => {
    const me = await requireMe(context.queryClient, location.href);
    const workspace = await context.queryClient.ensureQueryData(workspaceQuery(params.ws)).catch((error: unknown) => {
      if (isStatus(error, 401)) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
      throw error;
    });
    const portalPath = `/w/${params.ws}/portal`;
    const inPortal = location.pathname === portalPath || location.pathname.startsWith(`${portalPath}/`);
    if (workspace.me.kind === "partner" && !inPortal) throw redirect({ to: "/w/$ws/portal", params });
    if (workspace.me.kind === "staff" && inPortal) throw redirect({ to: "/w/$ws", params });
    return { actor: actorFor(me.user.id, workspace) };
  },
  component: lazyRouteComponent(() => import("../layout/workspace-layout"), "WorkspaceLayout"),
});

/** The workspace's front door picks the first page this role may open. */
export const workspaceIndexRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/",
  beforeLoad: ({ context, params }) => {
    const actor = context.actor;
    if (!actor) return;
    if (actor.kind === "partner") throw redirect({ to: "/w/$ws/portal", params });
    if (can(actor, "partner.list") === "allow") throw redirect({ to: "/w/$ws/partners", params });
    if (can(actor, "staff.read") === "allow") throw redirect({ to: "/w/$ws/people", params });
    if (can(actor, "interview.read") === "allow") throw redirect({ to: "/w/$ws/interviews", params });
  },
  component: lazyRouteComponent(() => import("../layout/nothing-here-page"), "NothingHerePage"),
});

export const partnersRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/partners",
  validateSearch: (search: Record<string, unknown>) => PartnersSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/partners/list/partners-page"), "PartnersPage"),
});

export const importsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/imports",
  validateSearch: (search: Record<string, unknown>) => ImportsSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/imports/imports-page"), "ImportsPage"),
});

export const pipelineRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/pipeline",
  validateSearch: (search: Record<string, unknown>) => PipelineSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/pipeline/pipeline-page"), "PipelinePage"),
});

export const newPartnerRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/partners/new",
  component: lazyRouteComponent(() => import("../../features/partners/create/new-partner-page"), "NewPartnerPage"),
});

export const partnerRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/partners/$partnerId",
  validateSearch: (search: Record<string, unknown>) => PartnerPageSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/partners/detail/partner-page"), "PartnerPage"),
});

export const partnerJourneyRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/partners/$partnerId/journey",
  validateSearch: (search: Record<string, unknown>) => JourneyPageSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/journeys/journey-page"), "JourneyPage"),
});

export const myWorkRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/work",
  component: lazyRouteComponent(() => import("../../features/my-work/my-work-page"), "MyWorkPage"),
});

export const journeysRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/journeys",
  validateSearch: (search: Record<string, unknown>) => CohortSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/cohorts/cohorts-page"), "CohortsPage"),
});

export const peopleRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/people",
  component: lazyRouteComponent(() => import("../../features/people/people-page"), "PeoplePage"),
});

export const programsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/programs",
  component: lazyRouteComponent(() => import("../../features/programs/programs-page"), "ProgramsPage"),
});

export const recruitingRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/programs/$programId/recruiting",
  component: lazyRouteComponent(() => import("../../features/applications/recruiting/recruiting-page"), "RecruitingPage"),
});

export const templatesRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/templates",
  component: lazyRouteComponent(() => import("../../features/templates/templates-page"), "TemplatesPage"),
});

export const templateRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/templates/$templateId",
  validateSearch: (search: Record<string, unknown>) => TemplatePageSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/templates/template-page"), "TemplatePage"),
});

export const emailTemplatesRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/email-templates",
  component: lazyRouteComponent(() => import("../../features/email-templates/email-templates-page"), "EmailTemplatesPage"),
});

export const emailTemplateRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/email-templates/$key",
  component: lazyRouteComponent(() => import("../../features/email-templates/template-editor-page"), "EmailTemplatePage"),
});

export const myInterviewsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/interviews",
  component: lazyRouteComponent(() => import("../../features/interviews/my-interviews-page"), "MyInterviewsPage"),
});

export const interviewRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/interviews/$partnerId/$interviewId",
  component: lazyRouteComponent(() => import("../../features/interviews/interview-page"), "InterviewPage"),
});

export const interviewKitsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/interview-kits",
  component: lazyRouteComponent(() => import("../../features/interviews/kits/kits-page"), "KitsPage"),
});

export const calibrationRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/calibration",
  validateSearch: (search: Record<string, unknown>) => CalibrationSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/calibration/calibration-page"), "CalibrationPage"),
});

export const certifiedInterviewersRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/calibration/certified",
  component: lazyRouteComponent(() => import("../../features/calibration/certified-page"), "CertifiedPage"),
});

export const auditRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/audit",
  validateSearch: (search: Record<string, unknown>) => AuditSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/audit/audit-page"), "AuditPage"),
});

export const outboxRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/outbox",
  validateSearch: (search: Record<string, unknown>) => OutboxSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/outbox/outbox-page"), "OutboxPage"),
});

export const apiTokensRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/api-tokens",
  component: lazyRouteComponent(() => import("../../features/api-tokens/api-tokens-page"), "ApiTokensPage"),
});

export const portalRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/portal",
  component: lazyRouteComponent(() => import("../../features/portal/portal-page"), "PortalPage"),
});

export const portalJourneyRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/portal/journey",
  validateSearch: (search: Record<string, unknown>) => PortalJourneySearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/portal/journey/portal-journey-page"), "PortalJourneyPage"),
});

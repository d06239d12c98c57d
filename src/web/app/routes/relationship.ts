import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { z } from "zod";
import { workspaceRoute } from "./workspace";

/*
 * Pages of meetings, trust moments and relationship health (issue 6): the portfolio health view,
 * surveys and the calendar feed for staff; meetings, the relationship page, surveys and the
 * calendar feed in the partner portal. The partner's own meetings and relationship tabs for
 * staff are tabs of the partner page.
 */

const MeetingSearch = z.object({ meeting: z.string().min(1).optional().catch(undefined) });

export const healthRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/health",
  component: lazyRouteComponent(() => import("../../features/health/portfolio-page"), "HealthPortfolioPage"),
});

export const surveysRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/surveys",
  component: lazyRouteComponent(() => import("../../features/surveys/surveys-page"), "SurveysPage"),
});

export const surveyRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/surveys/$surveyId",
  component: lazyRouteComponent(() => import("../../features/surveys/survey-page"), "SurveyPage"),
});

export const calendarFeedRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/calendar",
  component: lazyRouteComponent(() => import("../../features/calendar/calendar-feed-page"), "CalendarFeedPage"),
});

export const portalMeetingsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/portal/meetings",
  validateSearch: (search: Record<string, unknown>) => MeetingSearch.parse(search),
  component: lazyRouteComponent(() => import("../../features/meetings/portal-meetings-page"), "PortalMeetingsPage"),
});

export const portalRelationshipRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/portal/relationship",
  component: lazyRouteComponent(() => import("../../features/relationship/portal-relationship-page"), "PortalRelationshipPage"),
});

export const portalSurveysRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/portal/surveys",
  component: lazyRouteComponent(() => import("../../features/surveys/portal-surveys-page"), "PortalSurveysPage"),
});

export const portalSurveyRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/portal/surveys/$surveyId",
  component: lazyRouteComponent(() => import("../../features/surveys/survey-page"), "SurveyPage"),
});

export const portalCalendarFeedRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/portal/calendar",
  component: lazyRouteComponent(() => import("../../features/calendar/calendar-feed-page"), "CalendarFeedPage"),
});

export const relationshipRoutes = [
  healthRoute,
  surveysRoute,
  surveyRoute,
  calendarFeedRoute,
  portalMeetingsRoute,
  portalRelationshipRoute,
  portalSurveysRoute,
  portalSurveyRoute,
  portalCalendarFeedRoute,
] as const;

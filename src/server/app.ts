import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import pino from "pino";
import { AdjustableClock, systemClock, type Clock } from "./clock";
import type { Config } from "./config";
import type { AppContext } from "./context";
import { openDatabase, type Database } from "./db/client";
import { alignmentRoutes } from "./modules/alignment/routes";
import { applicationRoutes } from "./modules/applications/routes";
import { auditRoutes } from "./modules/audit/routes";
import { calendarRoutes } from "./modules/calendar/routes";
import { calibrationRoutes } from "./modules/calibration/routes";
import { earlyWinRoutes } from "./modules/early-wins/routes";
import { emailTemplateRoutes } from "./modules/email-templates/routes";
import { outboxRoutes } from "./modules/email/routes";
import { escalationRoutes } from "./modules/escalations/routes";
import { eventRoutes } from "./modules/events/routes";
import { notificationRoutes } from "./modules/notifications/routes";
import { fileRoutes } from "./modules/files/routes";
import { healthRoutes } from "./modules/health/routes";
import { importRoutes } from "./modules/imports/routes";
import { meetingRoutes } from "./modules/meetings/routes";
import { interviewRoutes } from "./modules/interviews/routes";
import { interviewScoringRoutes } from "./modules/interviews/routes-scoring";
import { journeyRoutes } from "./modules/journeys/routes";
import { journeyStepRoutes } from "./modules/journeys/routes-steps";
import { workRoutes } from "./modules/journeys/routes-work";
import { partnerRoutes } from "./modules/partners/routes";
import { portalRoutes } from "./modules/portal/routes";
import { pipelineRoutes } from "./modules/pipeline/routes";
import { readinessRoutes } from "./modules/readiness/routes";
import { programRoutes } from "./modules/programs/routes";
import { reviewRoutes } from "./modules/reviews/routes";
import { retroRoutes } from "./modules/retros/routes";
import { publicRoutes } from "./modules/setup/routes";
import { surveyRoutes } from "./modules/surveys/routes";
import { templateRoutes } from "./modules/templates/routes";
import { testClockRoutes } from "./modules/test-clock/routes";
import { tokenRoutes } from "./modules/tokens/routes";
import { workspaceRoutes } from "./modules/workspaces/routes";
import { createAuth, registerAuthRoutes, type Auth } from "./plugins/auth";
import { registerAuthorization } from "./plugins/authorization";
import { registerErrorHandling } from "./plugins/errors";
import { registerOpenApi } from "./plugins/openapi";
import { registerSecurity } from "./plugins/security";
import { registerWeb } from "./plugins/web";

export interface BuildOptions {
  config: Config;
  /** An open database (tests pass their own); otherwise one is opened from the config. */
  database?: Database;
  clock?: Clock;
}

export interface AccordApp {
  app: FastifyInstance;
  ctx: AppContext;
  auth: Auth;
}

/** Builds the whole server without listening: main.ts listens, tests use app.inject(). */
export async function buildApp(options: BuildOptions): Promise<AccordApp> {
  const { config } = options;
  const log: FastifyBaseLogger = pino({
    level: config.logLevel,
    // Never log credentials or session cookies, whatever a request carries.
    redact: { paths: ["req.headers.cookie", "req.headers.authorization", "res.headers['set-cookie']", "*.password", "*.token"], censor: "[redacted]" },
  });
  const database = options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize, log }));
  const ctx: AppContext = { config, database, db: database.db, clock: options.clock ?? defaultClock(config), log };

  const app: FastifyInstance = Fastify({
    loggerInstance: log,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
  });
  // The API takes JSON only: a text/plain body (which a cross-site form can send without a
  // preflight) is answered 415 instead of reaching a route's validation.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const auth = createAuth(ctx);
  await registerSecurity(app, config.publicUrl);
  registerAuthorization(app, ctx, auth);
  await registerOpenApi(app, config.publicUrl);
  const serveSpa = await registerWeb(app);
  registerErrorHandling(app, serveSpa);

  await registerAuthRoutes(app, auth, config.publicUrl);
  await publicRoutes(app, ctx);
  await workspaceRoutes(app, ctx);
  await partnerRoutes(app, ctx);
  await portalRoutes(app, ctx);
  await auditRoutes(app, ctx);
  await outboxRoutes(app, ctx);
  await tokenRoutes(app, ctx);
  await journeyRoutes(app, ctx);
  await journeyStepRoutes(app, ctx);
  await workRoutes(app, ctx);
  await programRoutes(app, ctx);
  await pipelineRoutes(app, ctx);
  await templateRoutes(app, ctx);
  await notificationRoutes(app, ctx);
  await eventRoutes(app, ctx);
  await testClockRoutes(app, ctx);
  await fileRoutes(app, ctx);
  await importRoutes(app, ctx);
  await meetingRoutes(app, ctx);
  await escalationRoutes(app, ctx);
  await reviewRoutes(app, ctx);
  await interviewRoutes(app, ctx);
  await interviewScoringRoutes(app, ctx);
  await applicationRoutes(app, ctx);
  await calibrationRoutes(app, ctx);
  await calendarRoutes(app, ctx);
  await retroRoutes(app, ctx);
  await emailTemplateRoutes(app, ctx);
  await alignmentRoutes(app, ctx);
  await earlyWinRoutes(app, ctx);
  await surveyRoutes(app, ctx);
  await healthRoutes(app, ctx);
  await readinessRoutes(app, ctx);

  app.addHook("onClose", async () => {
    if (!options.database) await database.close();
  });
  return { app, ctx, auth };
}

/** Test builds get a clock the test-only endpoint can move (DESIGN section 6, "Time"). */
function defaultClock(config: Config): Clock {
  return config.env === "test" ? new AdjustableClock() : systemClock;
}

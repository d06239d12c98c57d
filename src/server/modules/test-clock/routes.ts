import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { SetClockInput, SetClockResult } from "../../../domain/notifications/schemas";
import { AdjustableClock } from "../../clock";
import type { AppContext } from "../../context";
import { conflict } from "../../errors";
import { sweepAllDue } from "../../jobs/sweep-timers";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";

/*
 * Moves time in test builds (DESIGN section 6, "Time"), so browser and API tests can see a
 * reminder, an overdue notice and an escalation without waiting days. Outside NODE_ENV=test the
 * route is never registered: it answers 404 like any path that does not exist.
 */
export async function testClockRoutes(app: FastifyInstance, ctx: AppContext) {
  if (ctx.config.env !== "test") return;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/w/:ws/test/clock",
    {
      config: { action: "clock.set" },
      schema: { tags: ["test"], summary: "Test builds only: set the server's clock and sweep what became due", params: WsParams, body: SetClockInput, response: { 200: SetClockResult, ...problems } },
    },
    async (request) => {
      const caller = callerOf(request);
      const clock = ctx.clock;
      if (!(clock instanceof AdjustableClock)) throw conflict("This server was built with a fixed clock, so its time cannot be moved.");
      clock.set(new Date(request.body.now));
      const fired = await sweepAllDue(ctx);
      // The sweep serves every workspace; the answer only speaks of the caller's.
      return { now: clock.now().toISOString(), fired: fired.filter((f) => f.workspaceId === caller.workspace.id) };
    },
  );
}

import { eq } from "drizzle-orm";
import type { AppContext } from "../../context";
import { user } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";
import { authorizeInterview } from "./access";
import { interviewCalendar } from "./ics";
import { interviewLink } from "./notices";
import { interviewViews } from "./read";

/** The .ics of an interview: the panel as attendees, whoever scheduled it as organizer. */
export async function interviewInvite(ctx: AppContext, caller: Caller, partnerId: string, interviewId: string): Promise<{ fileName: string; body: string }> {
  const { interview } = await authorizeInterview(ctx.db, caller, partnerId, interviewId, "interview.read");
  const [view] = await interviewViews(ctx.db, [interview]);
  if (!view) throw new Error(`interview ${interviewId} has no view`);
  const [organizer] = interview.createdBy ? await ctx.db.select({ name: user.name, email: user.email }).from(user).where(eq(user.id, interview.createdBy)) : [];
  const body = interviewCalendar({
    interviewId: interview.id,
    title: `Interview: ${view.partner.name}, ${view.stageName}`,
    description: view.purpose,
    startsAt: interview.startsAt,
    durationMinutes: interview.durationMinutes,
    location: interview.location,
    url: `${ctx.config.publicUrl}${interviewLink(caller.workspace.slug, partnerId, interview.id)}`,
    host: new URL(ctx.config.publicUrl).hostname,
    sequence: interview.version - 1,
    stamp: interview.createdAt,
    organizer: organizer ?? { name: caller.workspace.name, email: `no-reply@${new URL(ctx.config.publicUrl).hostname}` },
    panel: view.panel,
    cancelled: interview.status === "cancelled",
  });
  return { fileName: `interview-${view.stageKey}.ics`, body };
}

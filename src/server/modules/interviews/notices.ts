import { eq } from "drizzle-orm";
import { interviewWhen } from "../../../domain/interviews/when";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { partners } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";
import { sendTemplatedEmail } from "../email-templates/send";
import { notify } from "../notifications/service";

/*
 * Who hears of an interview: each panel member in the bell (and by email), with the link to the
 * interview and its calendar file; the candidate's contact by the workspace's
 * `interview-invitation` template, with the time in the partner's own time zone.
 */

export interface InterviewFacts {
  id: string;
  partnerId: string;
  stageName: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  version: number;
}

/** Where an interview opens in the staff app (the interviewer's page of it). */
export const interviewLink = (workspaceSlug: string, partnerId: string, interviewId: string) =>
  `/w/${encodeURIComponent(workspaceSlug)}/interviews/${encodeURIComponent(partnerId)}/${encodeURIComponent(interviewId)}`;

export type PanelNews = "scheduled" | "rescheduled" | "cancelled";

export async function notifyPanel(tx: Tx, ctx: AppContext, caller: Caller, interview: InterviewFacts, partnerName: string, userIds: readonly string[], news: PanelNews) {
  const when = `${interview.startsAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const titles: Record<PanelNews, string> = {
    scheduled: `Interview: ${partnerName}, ${interview.stageName}`,
    rescheduled: `Interview moved: ${partnerName}, ${interview.stageName}`,
    cancelled: `Interview cancelled: ${partnerName}, ${interview.stageName}`,
  };
  const bodies: Record<PanelNews, string> = {
    scheduled: `${caller.name} put you on the panel for ${when}${interview.location ? ` (${interview.location})` : ""}. The calendar invite and your scorecard are on the interview page.`,
    rescheduled: `${caller.name} moved the interview to ${when}${interview.location ? ` (${interview.location})` : ""}. Download the calendar invite again from the interview page.`,
    cancelled: `${caller.name} cancelled the interview planned for ${when}.`,
  };
  await notify(tx, ctx.clock, {
    workspaceId: caller.workspace.id,
    userIds,
    kind: `interview.${news}`,
    title: titles[news],
    body: bodies[news],
    link: interviewLink(caller.workspace.slug, interview.partnerId, interview.id),
    dedupeKey: `interview:${interview.id}:${news}:v${interview.version}`,
    partnerId: interview.partnerId,
    email: true,
    publicUrl: ctx.config.publicUrl,
  });
}

/** Invites the candidate's contact; a partner without a contact email is not written to. */
export async function inviteCandidate(tx: Tx, ctx: AppContext, caller: Caller, interview: InterviewFacts): Promise<boolean> {
  const [partner] = await tx.select({ name: partners.name, timeZone: partners.timeZone, contactName: partners.contactName, contactEmail: partners.contactEmail }).from(partners).where(eq(partners.id, interview.partnerId));
  if (!partner?.contactEmail) return false;
  await sendTemplatedEmail(tx, ctx, {
    workspaceId: caller.workspace.id,
    partnerId: interview.partnerId,
    templateKey: "interview-invitation",
    to: { email: partner.contactEmail, name: partner.contactName ?? partner.name },
    variables: {
      interview: {
        when: interviewWhen(interview.startsAt.toISOString(), partner.timeZone),
        stage: interview.stageName,
        location: interview.location || "We will send you the link before the interview.",
        duration: `${interview.durationMinutes} minutes`,
      },
    },
    dedupeKey: `interview:${interview.id}:invitation:v${interview.version}`,
    actorUserId: caller.actor.userId,
  });
  return true;
}

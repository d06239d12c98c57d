import { and, eq } from "drizzle-orm";
import { Liquid } from "liquidjs";
import type { PartnerMeetingDetail, RecapSent } from "../../../domain/meetings/partner-meetings";
import type { AppContext } from "../../context";
import { partnerMeetings } from "../../db/schema";
import { conflict, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { enqueueRenderedEmail } from "../email/outbox";
import { emailShell } from "../email/layout";
import { absoluteLink } from "../notifications/links";
import { authorizePartner } from "../partners/access";
import { audiencesOf, meetingLink } from "../relationship-timers/recipients";
import { planRecapTimers } from "./insert";
import { attendeeIdsOf, meetingDetail, meetingRowOf, withInternalNotes } from "./partner-view";

/*
 * The recap (R-F1): notes, decisions and action items, emailed through the outbox to everyone who
 * was invited. Only shared content goes out — internal notes never do. The first send counts for
 * "within 24 hours" and stops the reminder and the escalation; sending again after a correction
 * is allowed and mails the corrected version.
 */

const text = new Liquid({ strictVariables: true });
const html = new Liquid({ outputEscape: "escape", strictVariables: true });

const subjectTemplate = text.parse("Recap: {{ title }} ({{ date }})");
const textTemplate = text.parse(`Hello {{ name }},

here is the recap of "{{ title }}" on {{ date }} with {{ partnerName }}.

Notes
{% if notes != "" %}{{ notes }}{% else %}No notes were written.{% endif %}

Decisions
{% for decision in decisions %}- {{ decision }}
{% else %}No decisions were recorded.
{% endfor %}
Action items
{% for item in actionItems %}- {{ item.title }} — {{ item.owner }}, due {{ item.due }}
{% else %}No action items.
{% endfor %}
Open the meeting: {{ link }}`);
const htmlTemplate = html.parse(
  emailShell(
    `<p>Hello {{ name }},</p>
<p>here is the recap of <strong>{{ title }}</strong> on {{ date }} with {{ partnerName }}.</p>
<h2 style="font-size: 16px">Notes</h2>
{% if notes != "" %}<p style="white-space: pre-wrap">{{ notes }}</p>{% else %}<p>No notes were written.</p>{% endif %}
<h2 style="font-size: 16px">Decisions</h2>
{% if decisions.size > 0 %}<ul>{% for decision in decisions %}<li>{{ decision }}</li>{% endfor %}</ul>{% else %}<p>No decisions were recorded.</p>{% endif %}
<h2 style="font-size: 16px">Action items</h2>
{% if actionItems.size > 0 %}<ul>{% for item in actionItems %}<li>{{ item.title }} — {{ item.owner }}, due {{ item.due }}</li>{% endfor %}</ul>{% else %}<p>No action items.</p>{% endif %}
<p><a href="{{ link }}">Open the meeting</a></p>`,
    "Sent by Accord on behalf of {{ workspaceName }}.",
  ),
);

function renderRecap(meeting: PartnerMeetingDetail, data: { name: string; partnerName: string; workspaceName: string; link: string }) {
  const values = {
    ...data,
    title: meeting.title,
    date: `${meeting.startsAt.slice(0, 16).replace("T", " ")} UTC`,
    notes: meeting.notes,
    decisions: meeting.decisions,
    actionItems: meeting.actionItems.map((entry) => ({ title: entry.title, owner: entry.ownerName, due: entry.dueAt.slice(0, 10) })),
  };
  return {
    subject: String(text.renderSync(subjectTemplate, values)).trim(),
    text: String(text.renderSync(textTemplate, values)),
    html: String(html.renderSync(htmlTemplate, values)),
  };
}

export async function sendMeetingRecap(ctx: AppContext, caller: Caller, ids: { partnerId: string; meetingId: string }, version: number): Promise<RecapSent> {
  return ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, ids.partnerId, "relationship.write");
    const row = await meetingRowOf(tx, caller, ids.partnerId, ids.meetingId, true);
    if (row.version !== version) throw staleVersion("This meeting");
    if (row.cancelledAt) throw conflict(`"${row.title}" was cancelled; there is no recap to send.`);
    if (!row.heldAt) throw conflict(`Record "${row.title}" as held first ("Mark held & save"), then send its recap.`);
    const now = ctx.clock.now();
    const [updated] = await tx
      .update(partnerMeetings)
      .set({ recapSentAt: row.recapSentAt ?? now, version: row.version + 1 })
      .where(and(eq(partnerMeetings.id, row.id), eq(partnerMeetings.version, row.version)))
      .returning();
    if (!updated) throw staleVersion("This meeting");
    await planRecapTimers(tx, updated);
    // The email carries shared content only, so it is rendered from the view a partner user gets.
    const shared = await meetingDetail(tx, updated, false, now);
    const recipients = [...new Set([...(updated.organizerUserId ? [updated.organizerUserId] : []), ...attendeeIdsOf(updated)])];
    const audiences = await audiencesOf(tx, { workspaceId: caller.workspace.id, partnerId: ids.partnerId }, recipients);
    const people = new Map([...shared.attendees, ...(shared.organizer ? [shared.organizer] : [])].map((person) => [person.userId, person]));
    let sent = 0;
    for (const userId of recipients) {
      const person = people.get(userId);
      if (!person) continue;
      const link = absoluteLink(ctx.config.publicUrl, meetingLink(caller.workspace.slug, ids.partnerId, row.id, audiences.get(userId) ?? "staff"));
      const rendered = renderRecap(shared, { name: person.name, partnerName: partner.name, workspaceName: caller.workspace.name, link });
      if (await enqueueRenderedEmail(tx, ctx.clock, { workspaceId: caller.workspace.id, dedupeKey: `meeting-recap:${row.id}:${updated.version}:${userId}`, to: person.email, rendered })) sent += 1;
    }
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: "meeting.recap_sent",
      entityType: "partner_meeting",
      entityId: row.id,
      after: { recipients: sent, first: row.recapSentAt === null, recapSentAt: (row.recapSentAt ?? now).toISOString() },
    });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId: ids.partnerId,
      actorUserId: caller.actor.userId,
      kind: "meeting.recap_sent",
      summary: `${caller.name} sent the recap of "${row.title}" to ${sent} attendee(s)`,
      data: { meetingId: row.id, recipients: sent },
      visibility: "shared",
    });
    return { meeting: await meetingDetail(tx, updated, withInternalNotes(caller), now), recipients: sent };
  });
}

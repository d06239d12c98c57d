import { z } from "zod";
import { meetingTypes } from "../journeys/template/kinds/meeting";

/**
 * What each kind of meeting is for and how to run it, in our own words. The agenda of a new
 * meeting starts from its guide's item titles; the guidance lines are shown next to them while
 * the meeting runs, and `record` says what the notes should capture before the recap goes out.
 */
export const MeetingType = z.enum(meetingTypes, { error: `use one of ${meetingTypes.join(", ")}` });
export type MeetingType = z.infer<typeof MeetingType>;

const AgendaItem = z.strictObject({ title: z.string().min(1).max(80), guidance: z.string().min(1).max(240) });

export const AgendaGuide = z.strictObject({
  purpose: z.string().min(1).max(300),
  // Fewer than four items is a chat, more than seven will not fit the hour: keep guides focused.
  items: z.array(AgendaItem).min(4).max(7),
  record: z.array(z.string().min(1).max(160)).min(1).max(6),
});
export type AgendaGuide = z.infer<typeof AgendaGuide>;

const item = (title: string, guidance: string) => ({ title, guidance });

export const agendaGuides: Readonly<Record<MeetingType, AgendaGuide>> = {
  kickoff: {
    purpose: "Turn the signed agreement into a shared plan: who is who, what we deliver by when, and how we decide.",
    items: [
      item("Introductions", "Everyone says their role and what they need from the other side; keep it to a minute each."),
      item("Objectives and success criteria", "Read the goals back in plain words and agree how both sides will know they are met."),
      item("Plan and milestones", "Walk the timeline; name an owner for every deliverable and every review date."),
      item("Constraints and risks", "Ask what could slow either side down; write each risk with an owner."),
      item("Ways of working", "Confirm channels, response times and where documents live."),
      item("Next steps", "Close with action items, each with one owner and a date."),
    ],
    record: ["Agreed objectives and success criteria", "Owners of deliverables and risks", "Changes to the original plan", "Action items"],
  },
  alignment: {
    purpose: "Understand what each side wants from the partnership and what worries it, before any work starts.",
    items: [
      item("Top objectives", "Each side names up to three goals for the next quarter; listen before comparing."),
      item("Concerns", "Ask openly what could make this partnership disappoint; do not argue, note it."),
      item("What success looks like", "Agree on a picture of a good outcome in six months that both sides can check."),
      item("Communication style", "How each side likes to get feedback, how fast it answers, which channel is for urgent things."),
      item("Time zones and rhythm", "Note working hours on both sides and pick meeting times that are fair to both."),
      item("A first joint win", "Pick one small thing to achieve together within 30 days and a lead on each side."),
    ],
    record: ["Objectives of each side", "Concerns raised", "The shared definition of success", "Communication norms and time zones", "The early-win idea and its leads"],
  },
  check_in: {
    purpose: "A short regular touchpoint to keep work moving and remove what blocks it.",
    items: [
      item("Since last time", "Each side says what got done; the notes of the previous check-in are the checklist."),
      item("Blockers", "Name anything stuck and who can unblock it; solve small things on the spot."),
      item("Upcoming dates", "Look at the next two weeks of due dates on both sides."),
      item("Action items", "Confirm owners and dates before leaving."),
    ],
    record: ["Progress since the previous check-in", "Blockers and who removes them", "Action items"],
  },
  quarterly_review: {
    purpose: "Step back every quarter: how the relationship feels on both sides, not only how the numbers look.",
    items: [
      item("Results against plan", "Compare the quarter's outcomes with what was agreed; explain gaps without blame."),
      item("Trust and satisfaction", "Each side rates both from 1 to 10 and says why; a drop is a topic, not a verdict."),
      item("What works", "Name the habits worth keeping."),
      item("What to change", "Pick at most three things to improve next quarter, each with an owner."),
      item("Goals for next quarter", "Update the objectives in the alignment record if they moved."),
    ],
    record: ["Ratings and comments of both sides", "Improvements agreed, with owners", "Updated objectives"],
  },
  retrospective: {
    purpose: "Learn from a finished phase so the next partner gets a better journey.",
    items: [
      item("Set the frame", "Remind everyone that the topic is the process, not the people."),
      item("What went well", "Collect examples from both sides before discussing them."),
      item("What was hard", "Look for steps that were late, unclear or repeated."),
      item("Ideas for the template", "Turn each lesson into a concrete change and name the template it should change."),
      item("Commitments", "Choose who proposes each change and by when."),
    ],
    record: ["Insights, each linked to the template version it should change", "Owners of the proposed changes"],
  },
  resolution: {
    purpose: "Clear up a misunderstanding face to face, quickly and without blame, so that it strengthens the relationship.",
    items: [
      item("Acknowledge the issue", "Whoever hosts says what happened as far as it is known and that it matters."),
      item("The raiser's perspective", "Let the side that raised it explain; repeat it back until they agree you understood."),
      item("The other perspective", "Explain your side in first-person statements, without excuses."),
      item("Options", "Look for solutions together; write every option down before choosing."),
      item("Agreed action", "Settle on one action with an owner and a date."),
      item("Lesson learned", "Agree what both sides will do differently so it does not happen again."),
    ],
    record: ["Both perspectives", "The agreed action", "The lesson learned for the shared log"],
  },
  debrief: {
    purpose: "Close an engagement or a big piece of work well: capture what was learned and hand over what continues.",
    items: [
      item("Outcomes", "Compare what was delivered with what was promised."),
      item("Recognition", "Thank the people who made a difference, by name."),
      item("Lessons", "What would each side repeat, and what would it avoid next time?"),
      item("Handover", "List open items, who takes them over, and where the documents are."),
    ],
    record: ["Outcomes against the plan", "Lessons learned", "Open items and who owns them"],
  },
  workshop: {
    purpose: "Hands-on learning: the partner's team practises our processes and tools on realistic cases.",
    items: [
      item("Goals of the session", "Say what participants will be able to do at the end."),
      item("Walkthrough", "Show the process once end to end with a real example."),
      item("Practice", "Participants work through scenarios themselves; the host helps, not drives."),
      item("Questions", "Collect what was unclear; answer now or take it as an action item."),
      item("Follow-up", "Point to the material and name the next session or certification step."),
    ],
    record: ["Who took part", "Open questions", "Follow-up material and next steps"],
  },
};

export function agendaGuideFor(type: MeetingType): AgendaGuide {
  return agendaGuides[type];
}

/** The agenda a new meeting starts with: the guide's item titles, which people then edit. */
export function startingAgenda(type: MeetingType): string[] {
  return agendaGuides[type].items.map((entry) => entry.title);
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addHours } from "../../src/domain/health/durations";
import { PartnerReadiness } from "../../src/domain/readiness/contracts";
import { earlyWins, escalations, partnerMeetings, partnerPreferences, quarterlyReviews } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { insertJourney } from "../factories/journeys";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* The readiness checklist (R-F8) answered from crafted relationship rows of partner A. */

let t: TestApp & { world: World };
let w: World;
let cookies: Awaited<ReturnType<typeof signInWorld>>;
const start = new Date("2026-02-02T09:00:00.000Z");
const at = (days: number, hours = 0) => addHours(addDays(start, days), hours);

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  cookies = await signInWorld(t.app, w);
  const ws = w.acme.id;
  const partnerId = w.partners.a;
  const db = t.ctx.db;
  await insertJourney(db, { workspaceId: ws, partnerId, startedAt: start, steps: [{ key: "welcome", dueAt: at(3) }] });
  const meeting = (kind: string, day: number, recapAfterHours: number | null) => ({
    id: newId(),
    workspaceId: ws,
    partnerId,
    kind,
    title: kind,
    startsAt: at(day),
    endsAt: at(day, 1),
    heldAt: at(day, 1),
    recapSentAt: recapAfterHours === null ? null : at(day, 1 + recapAfterHours),
    createdAt: at(-5),
  });
  await db.insert(partnerMeetings).values([
    meeting("kickoff", 1, 3),
    // The alignment conversation in week one, but its recap a day and a half later.
    meeting("alignment", 4, 36),
    ...[8, 15, 22].map((day) => meeting("check_in", day, 2)),
    // Scheduled, not held yet: no recap is owed.
    { ...meeting("check_in", 40, null), heldAt: null },
  ]);
  await db.insert(partnerPreferences).values({ workspaceId: ws, partnerId, userId: w.partnerUsers.aAdmin.id, side: "partner", answers: { meetingFrequency: "weekly" }, answeredAt: at(-1) });
  await db.insert(earlyWins).values({
    id: newId(),
    workspaceId: ws,
    partnerId,
    title: "Joint webinar",
    hostLeadUserId: w.staff.manager.id,
    partnerLeadUserId: w.partnerUsers.aAdmin.id,
    agreedAt: at(5),
    deadline: at(26),
    completedAt: at(25),
    announcedAt: null,
  });
  await db.insert(escalations).values({ id: newId(), workspaceId: ws, partnerId, title: "Invoice confusion", raisedSide: "partner", raisedAt: at(30), raiserPerspective: "Two invoices.", meetingHeldAt: at(32, 12) });
  await db.insert(quarterlyReviews).values([
    { id: newId(), workspaceId: ws, partnerId, quarter: "2026-Q2", side: "partner", trust: 8, satisfaction: 5, ratedAt: at(85) },
    { id: newId(), workspaceId: ws, partnerId, quarter: "2026-Q2", side: "host", trust: 8, satisfaction: 8, ratedAt: at(86) },
  ]);
});

afterAll(async () => {
  await t.close();
});

async function checklistAt(days: number) {
  t.clock.freeze(at(days));
  const response = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/readiness`, cookie: cookies.manager });
  expect(response.statusCode, response.body).toBe(200);
  const body = PartnerReadiness.parse(response.json());
  const answers = new Map(body.checklist?.moments.flatMap((moment) => moment.questions).map((question) => [question.key, question]));
  return { body, answers };
}

describe("the readiness checklist from the data", () => {
  it("answers the alignment moment: survey before kickoff, conversation in week one, recap late", async () => {
    const { answers, body } = await checklistAt(10);
    expect(body.journeyStartedAt).toBe(start.toISOString());
    expect(answers.get("preferences_survey_before_kickoff")?.answer).toBe("yes");
    expect(answers.get("alignment_in_first_week")?.answer).toBe("yes");
    expect(answers.get("alignment_recap_within_24h")).toMatchObject({ answer: "no", action: expect.stringMatching(/.{10,}/) });
    expect(body.checklist?.moments.find((moment) => moment.key === "alignment")?.status).toBe("needs_action");
  });

  it("answers the early win from its leads, deadline, check-ins, completion and announcement", async () => {
    const { answers } = await checklistAt(34);
    expect(answers.get("early_win_chosen_with_leads")).toMatchObject({ answer: "yes", detail: expect.stringContaining("Max Manager") });
    expect(answers.get("early_win_deadline_within_30_days")?.answer).toBe("yes");
    expect(answers.get("early_win_weekly_check_ins")?.answer).toBe("yes");
    expect(answers.get("early_win_done_by_deadline")?.answer).toBe("yes");
    expect(answers.get("early_win_announced")).toMatchObject({ answer: "no", action: expect.stringMatching(/.{10,}/) });
  });

  it("says an escalation met after 60 hours missed the 48 hours, and waits for the first quarterly review", async () => {
    const { answers } = await checklistAt(34);
    expect(answers.get("escalations_met_within_48h")?.answer).toBe("no");
    expect(answers.get("quarterly_review_held")?.answer).toBe("not_yet_due");
  });

  it("reads the quarterly review: both sides rated, a satisfaction of 5 needs an investigation", async () => {
    const { answers } = await checklistAt(90);
    expect(answers.get("quarterly_review_held")?.answer).toBe("yes");
    expect(answers.get("quarterly_review_rated_by_both")?.answer).toBe("yes");
    expect(answers.get("quarterly_ratings_steady")).toMatchObject({ answer: "no", detail: "Partner satisfaction is 5." });
    expect(answers.get("recaps_within_24h")).toMatchObject({ answer: "no", detail: expect.stringContaining("1 of 5") });
  });

  it("gives every “no” an action", async () => {
    const { body } = await checklistAt(90);
    const noes = body.checklist?.moments.flatMap((moment) => moment.questions).filter((question) => question.answer === "no") ?? [];
    expect(noes.length).toBeGreaterThan(0);
    for (const question of noes) expect(question.action).not.toBeNull();
  });
});

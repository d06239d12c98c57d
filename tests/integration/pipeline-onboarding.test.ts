import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StageMoveResult } from "../../src/domain/pipeline/contracts";
import { activity, journeyTemplates, journeyTemplateVersions, journeys, outbox, partnerStageHistory, partnerTypes, partners, programTracks, programs } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { insertJourney } from "../factories/journeys";
import { insertTemplate, testTemplate } from "../factories/templates";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/*
 * R-B1: a move into onboarding starts the journey of the partner's track and welcomes its
 * contact, in the move's own transaction; when no journey can start, the move still happens and
 * the answer and the timeline say why.
 */

let t: TestApp & { world: World };
let owner: string;
let manager: string;
let defaultProgramId: string;

beforeAll(async () => {
  t = await createTestWorld();
  ({ owner, manager } = await signInWorld(t.app, t.world));
  const [program] = await t.ctx.db.select({ id: programs.id }).from(programs).where(and(eq(programs.workspaceId, t.world.acme.id), eq(programs.key, "partner-program")));
  if (!program) throw new Error("acme has no default program");
  defaultProgramId = program.id;
});
afterAll(() => t.close());

let sequence = 0;
async function newPartner(fields: Record<string, unknown> = {}, cookie = owner) {
  sequence += 1;
  const response = await call(t.app, { method: "POST", url: "/api/w/acme/partners", cookie, body: { name: `Onboarder ${sequence}`, typeId: t.world.acme.typeId, stage: "contracting", ...fields } });
  expect(response.statusCode, response.body).toBe(201);
  return { id: String(response.json().id), version: Number(response.json().version) };
}

async function moveToOnboarding(partner: { id: string; version: number }, cookie = owner) {
  return call(t.app, { method: "POST", url: `/api/w/acme/partners/${partner.id}/stage`, cookie, body: { version: partner.version, stage: "onboarding", reason: "Contract signed" } });
}

const journeysOf = (partnerId: string) => t.ctx.db.select().from(journeys).where(eq(journeys.partnerId, partnerId));
const timelineKinds = (partnerId: string) => t.ctx.db.select({ kind: activity.kind, summary: activity.summary }).from(activity).where(eq(activity.partnerId, partnerId));
const welcomeMails = (partnerId: string) => t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, `welcome:${partnerId}`));

async function programWithTrack(templateId: string | null) {
  const id = newId();
  await t.ctx.db.insert(programs).values({ id, workspaceId: t.world.acme.id, key: `p-${id.slice(0, 8)}`, name: `Program ${id.slice(0, 4)}`, createdAt: t.clock.now() });
  await t.ctx.db.insert(programTracks).values({ id: newId(), workspaceId: t.world.acme.id, programId: id, partnerTypeId: t.world.acme.typeId, templateId, createdAt: t.clock.now() });
  return id;
}

describe("moving a partner into onboarding", () => {
  it("starts the journey of its type's track in the workspace's default program and welcomes its contact", async () => {
    const partner = await newPartner({ contactName: "Ada Okafor", contactEmail: "ada@onboarder.example" }, manager);
    const response = await moveToOnboarding(partner, manager);
    expect(response.statusCode, response.body).toBe(200);
    const moved = StageMoveResult.parse(response.json());
    expect(moved).toMatchObject({ stage: "onboarding", version: partner.version + 1 });
    expect(moved.onboarding?.journey).toMatchObject({ status: "started", journeyId: expect.any(String), message: expect.stringContaining("Reseller onboarding") });
    expect(moved.onboarding?.welcome).toEqual({ status: "sent", to: "ada@onboarder.example", message: "Welcome email sent to ada@onboarder.example." });
    const [journey, ...more] = await journeysOf(partner.id);
    expect(more).toEqual([]);
    expect(journey).toMatchObject({ id: moved.onboarding?.journey.journeyId, name: "Reseller onboarding", programId: defaultProgramId, startedBy: t.world.staff.manager.id });
    const [mail] = await welcomeMails(partner.id);
    expect(mail).toMatchObject({ toAddress: "ada@onboarder.example" });
    expect(mail?.textBody).toContain("Ada Okafor");
    const kinds = (await timelineKinds(partner.id)).map((entry) => entry.kind);
    expect(kinds).toEqual(expect.arrayContaining(["partner.stage_changed", "journey.started", "email.sent"]));
  });

  it("uses the track of the partner's own program, with the template's latest version", async () => {
    const templateId = await insertTemplate(t.ctx.db, t.world.acme.id, "two-versions", [testTemplate, { ...testTemplate, name: "Test onboarding, second edition" }]);
    const programId = await programWithTrack(templateId);
    const partner = await newPartner({ programId });
    const moved = StageMoveResult.parse((await moveToOnboarding(partner)).json());
    expect(moved.program?.id).toBe(programId);
    expect(moved.onboarding?.journey).toMatchObject({ status: "started", message: "Journey “Test onboarding, second edition” started for " + moved.name + "." });
    const [journey] = await journeysOf(partner.id);
    expect(journey).toMatchObject({ programId, name: "Test onboarding, second edition" });
    const [version] = await t.ctx.db.select({ version: journeyTemplateVersions.version }).from(journeyTemplateVersions).where(eq(journeyTemplateVersions.id, journey?.templateVersionId ?? ""));
    expect(version?.version).toBe(2);
  });

  it("still moves a partner whose program has no track for its type, and says why no journey started", async () => {
    const programId = newId();
    await t.ctx.db.insert(programs).values({ id: programId, workspaceId: t.world.acme.id, key: "trackless", name: "Trackless program", createdAt: t.clock.now() });
    const partner = await newPartner({ programId });
    const response = await moveToOnboarding(partner);
    expect(response.statusCode).toBe(200);
    const moved = StageMoveResult.parse(response.json());
    expect(moved.stage).toBe("onboarding");
    const [typeRow] = await t.ctx.db.select({ name: partnerTypes.name }).from(partnerTypes).where(eq(partnerTypes.id, t.world.acme.typeId));
    expect(moved.onboarding?.journey).toEqual({ status: "no_track", journeyId: null, message: expect.stringContaining(`the program “Trackless program” has no track for the type “${typeRow?.name}”`) });
    expect(moved.onboarding?.welcome).toMatchObject({ status: "no_contact", to: null });
    expect(await journeysOf(partner.id)).toEqual([]);
    expect(await welcomeMails(partner.id)).toEqual([]);
    const notStarted = (await timelineKinds(partner.id)).find((entry) => entry.kind === "journey.not_started");
    expect(notStarted?.summary).toBe(moved.onboarding?.journey.message);
  });

  it("says so when the track has no template, or its template is archived", async () => {
    const empty = await newPartner({ programId: await programWithTrack(null) });
    expect(StageMoveResult.parse((await moveToOnboarding(empty)).json()).onboarding?.journey).toMatchObject({ status: "no_template", journeyId: null });
    const archivedId = newId();
    await t.ctx.db.insert(journeyTemplates).values({ id: archivedId, workspaceId: t.world.acme.id, key: "archived-one", name: "Archived one", archivedAt: t.clock.now(), createdAt: t.clock.now() });
    const archived = await newPartner({ programId: await programWithTrack(archivedId) });
    const moved = StageMoveResult.parse((await moveToOnboarding(archived)).json());
    expect(moved.onboarding?.journey.status).toBe("no_template");
    expect(moved.stage).toBe("onboarding");
    expect(await journeysOf(archived.id)).toEqual([]);
  });

  it("starts no second journey for a partner that already has one running", async () => {
    const partner = await newPartner({ contactEmail: "again@onboarder.example" });
    const running = await insertJourney(t.ctx.db, { workspaceId: t.world.acme.id, partnerId: partner.id, name: "Running already", steps: [{ key: "hello" }] });
    const moved = StageMoveResult.parse((await moveToOnboarding(partner)).json());
    expect(moved.onboarding?.journey).toMatchObject({ status: "already_running", journeyId: null, message: expect.stringContaining("Running already") });
    expect((await journeysOf(partner.id)).map((j) => j.id)).toEqual([running.id]);
  });

  it("welcomes a contact once, even when the partner steps back from active and enters onboarding again", async () => {
    const partner = await newPartner({ contactEmail: "once@onboarder.example" });
    const first = StageMoveResult.parse((await moveToOnboarding(partner)).json());
    const active = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${partner.id}/stage`, cookie: owner, body: { version: first.version, stage: "active" } });
    const back = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${partner.id}/stage`, cookie: owner, body: { version: active.json().version, stage: "onboarding", reason: "Went live too early" } });
    const again = StageMoveResult.parse(back.json());
    expect(again.onboarding?.welcome.status).toBe("already_sent");
    expect(again.onboarding?.journey.status).toBe("already_running");
    expect(await welcomeMails(partner.id)).toHaveLength(1);
    expect(await journeysOf(partner.id)).toHaveLength(1);
  });

  it("leaves other moves alone: no journey, no email, no onboarding in the answer", async () => {
    const partner = await newPartner({ stage: "applicant", contactEmail: "early@onboarder.example" });
    const moved = StageMoveResult.parse((await call(t.app, { method: "POST", url: `/api/w/acme/partners/${partner.id}/stage`, cookie: owner, body: { version: partner.version, stage: "screening" } })).json());
    expect(moved.onboarding).toBeNull();
    expect(await journeysOf(partner.id)).toEqual([]);
    expect(await welcomeMails(partner.id)).toEqual([]);
  });

  it("rolls the move back, history, email and all, when the journey cannot be written", async () => {
    const partner = await newPartner({ contactEmail: "rollback@onboarder.example" });
    await t.ctx.db.execute(sql`create function refuse_journeys() returns trigger language plpgsql as $$ begin raise exception 'journeys are refused for this test'; end $$`);
    await t.ctx.db.execute(sql`create trigger refuse_journeys before insert on journeys for each row execute function refuse_journeys()`);
    try {
      const response = await moveToOnboarding(partner);
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain("refused");
    } finally {
      await t.ctx.db.execute(sql`drop trigger refuse_journeys on journeys`);
      await t.ctx.db.execute(sql`drop function refuse_journeys()`);
    }
    const [row] = await t.ctx.db.select({ stage: partners.stage, version: partners.version }).from(partners).where(eq(partners.id, partner.id));
    expect(row).toEqual({ stage: "contracting", version: partner.version });
    const history = await t.ctx.db.select({ to: partnerStageHistory.toStage }).from(partnerStageHistory).where(eq(partnerStageHistory.partnerId, partner.id));
    expect(history).toEqual([{ to: "contracting" }]);
    expect(await welcomeMails(partner.id)).toEqual([]);
    expect((await timelineKinds(partner.id)).map((entry) => entry.kind)).toEqual(["partner.created"]);
    // And once the fault is gone, the same move goes through.
    expect(StageMoveResult.parse((await moveToOnboarding(partner)).json()).onboarding?.journey.status).toBe("started");
  });
});

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JourneyTemplate, Step } from "../../src/domain/journeys/template";
import { planDueDates } from "../../src/domain/journeys/schedule/plan";
import { journeyTemplates, journeyTemplateVersions, programs, programTracks } from "../../src/server/db/schema";
import { builtInKeys, defaultTrackTemplates, ensureBuiltInTemplates, readBuiltIn, type BuiltInKey } from "../../src/server/modules/templates/builtin";
import { loadTemplateVersion } from "../../src/server/modules/templates/service";
import { defaultPartnerTypes } from "../../src/server/modules/workspaces/bootstrap";
import { call, createTestWorld, signIn, type TestApp } from "../support/test-app";
import type { World } from "../factories/world";

const stepsOf = (template: JourneyTemplate): Step[] => template.phases.flatMap((phase) => phase.steps);
const step = (template: JourneyTemplate, key: string): Step => {
  const found = stepsOf(template).find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
};

describe("the built-in templates as shipped", () => {
  for (const key of builtInKeys) {
    describe(key, () => {
      const { template } = readBuiltIn(key);
      const steps = stepsOf(template);

      it("validates and comes in several phases, each with a name and a description", () => {
        expect(template.phases.length).toBeGreaterThanOrEqual(4);
        for (const phase of template.phases) expect(phase.description?.length ?? 0).toBeGreaterThan(10);
      });

      it("gives work to both sides: host roles and the partner's people", () => {
        const owners = new Set(steps.map((s) => s.owner));
        expect([...owners].some((owner) => owner.startsWith("host:"))).toBe(true);
        expect([...owners].some((owner) => owner.startsWith("partner:"))).toBe(true);
      });

      it("keeps some steps internal to the host and shares the rest with the partner", () => {
        expect(steps.some((s) => s.visibility === "internal")).toBe(true);
        expect(steps.filter((s) => s.visibility === "shared").length).toBeGreaterThan(steps.length / 2);
      });

      it("dates steps from the start and from other steps, with business days somewhere", () => {
        expect(steps.some((s) => s.due.after === "start")).toBe(true);
        expect(steps.some((s) => s.due.after === "step")).toBe(true);
        expect(steps.some((s) => "businessDays" in s.due)).toBe(true);
      });

      it("can be planned from a start date: every step not waiting on an event gets a due date", () => {
        const plan = planDueDates(steps, { start: new Date("2026-03-02T09:00:00Z"), doneAt: new Map(), events: new Map(), timeZone: "Europe/Berlin" });
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        const undated = plan.steps.filter((p) => p.dueAt === null).map((p) => p.key);
        expect(undated).toEqual(steps.filter((s) => s.due.after === "event").map((s) => s.key));
      });

      it("names the partner type it serves with a key every workspace starts with (offboarding serves all)", () => {
        if (key === "offboarding") expect(template.track).toBeUndefined();
        else expect(defaultPartnerTypes.map((type) => type.key)).toContain(template.track);
      });
    });
  }

  it("puts a required approval gate where a decision must be taken before going on", () => {
    const gated: BuiltInKey[] = ["reseller-onboarding", "bpo-transition", "partnership-governance", "offboarding"];
    for (const key of gated) {
      const gates = stepsOf(readBuiltIn(key).template).filter((s) => s.kind === "approval_gate" && s.required);
      expect(gates.length, key).toBeGreaterThan(0);
    }
  });

  it("repeats check-ins until the step they serve is done", () => {
    for (const key of ["reseller-onboarding", "bpo-transition", "trust-first-welcome", "partnership-governance"] as const) {
      const { template } = readBuiltIn(key);
      const repeating = stepsOf(template).filter((s) => s.due.repeat);
      expect(repeating.length, key).toBeGreaterThan(0);
      for (const s of repeating) expect(stepsOf(template).map((x) => x.key)).toContain(s.due.repeat?.until);
    }
  });

  it("completes the reseller's first-deal milestone with the first_deal_approved event", () => {
    const milestone = stepsOf(readBuiltIn("reseller-onboarding").template).find((s) => s.kind === "milestone");
    expect(milestone).toMatchObject({ kind: "milestone", completedBy: "first_deal_approved", required: true });
    expect(step(readBuiltIn("reseller-onboarding").template, "pipeline_check_in").due.repeat).toEqual({ every: { days: 7 }, until: milestone?.key });
  });

  it("runs the BPO transition in seven stages, one phase each", () => {
    expect(readBuiltIn("bpo-transition").template.phases.map((phase) => phase.name)).toEqual([
      "1. Plan and set the measures",
      "2. Form the transition team",
      "3. Train and transfer knowledge",
      "4. Go live in slices",
      "5. Agree how we talk",
      "6. Watch the numbers",
      "7. Bring the teams together",
    ]);
  });

  it("holds the trust-first welcome to its three moments and their deadlines", () => {
    const { template } = readBuiltIn("trust-first-welcome");
    expect(step(template, "alignment_meeting")).toMatchObject({ kind: "meeting", meetingType: "alignment", durationMinutes: 90, due: { after: "start", businessDays: 5 } });
    expect(step(template, "alignment_recap").due).toEqual({ after: "step", step: "alignment_meeting", hours: 24 });
    expect(step(template, "early_win_done")).toMatchObject({ required: true, due: { after: "start", days: 30 } });
    expect(step(template, "win_check_in")).toMatchObject({ kind: "meeting", durationMinutes: 30, due: { repeat: { every: { days: 7 }, until: "early_win_done" } } });
    expect(step(template, "resolution_meeting")).toMatchObject({ kind: "meeting", meetingType: "resolution", due: { after: "event", event: "misunderstanding_raised", hours: 48 } });
    expect(step(template, "quarterly_review")).toMatchObject({ kind: "meeting", meetingType: "quarterly_review", due: { after: "start", days: 90 } });
  });

  it("covers the partnership package: scope, roles, charter, risks and glossary", () => {
    const keys = stepsOf(readBuiltIn("partnership-governance").template).map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(["scope", "roles_matrix", "communication_charter", "risk_register", "glossary", "kickoff_meeting", "change_control", "first_retrospective"]));
  });

  it("ends a partnership with terms, handover, data, access wind-down in two steps and a debrief", () => {
    const { template } = readBuiltIn("offboarding");
    expect(template.phases.map((phase) => phase.key)).toEqual(["notice", "handover", "data_and_access", "debrief"]);
    expect(step(template, "access_closed").due).toEqual({ after: "step", step: "access_reduced", days: 30 });
    expect(step(template, "debrief_meeting")).toMatchObject({ kind: "meeting", meetingType: "debrief" });
  });
});

describe("loading the built-ins into workspaces", () => {
  let t: TestApp & { world: World };
  beforeAll(async () => {
    t = await createTestWorld();
  });
  afterAll(async () => {
    await t.close();
  });

  it("gives a new workspace every built-in as version 1 and a default program whose tracks use them", async () => {
    const templates = await t.ctx.db.select().from(journeyTemplates).where(eq(journeyTemplates.workspaceId, t.world.acme.id));
    expect(templates.map((row) => row.builtIn).sort()).toEqual([...builtInKeys].sort());
    for (const row of templates) {
      const loaded = await loadTemplateVersion(t.ctx.db, t.world.acme.id, row.id);
      expect(loaded).toMatchObject({ templateId: row.id, version: 1 });
      expect(loaded.document).toEqual(readBuiltIn(row.builtIn as BuiltInKey).template);
    }
    const [program] = await t.ctx.db.select().from(programs).where(eq(programs.workspaceId, t.world.acme.id));
    expect(program).toMatchObject({ key: "partner-program", name: "Partner program" });
    const tracks = await t.ctx.db.select().from(programTracks).where(eq(programTracks.programId, program?.id ?? ""));
    expect(tracks).toHaveLength(defaultPartnerTypes.length);
    const builtInOf = new Map(templates.map((row) => [row.id, row.builtIn]));
    expect(new Set(tracks.map((track) => builtInOf.get(track.templateId ?? "")))).toEqual(new Set(Object.values(defaultTrackTemplates)));
  });

  it("starts a journey from each built-in for a partner of the type it serves, with every step in it", async () => {
    const owner = await signIn(t.app, t.world.staff.owner.email);
    const types = z.object({ types: z.array(z.object({ id: z.string(), key: z.string() })) }).parse((await call(t.app, { method: "GET", url: "/api/w/acme/partner-settings", cookie: owner })).json()).types;
    const templates = await t.ctx.db.select().from(journeyTemplates).where(eq(journeyTemplates.workspaceId, t.world.acme.id));
    for (const key of builtInKeys) {
      const { template } = readBuiltIn(key);
      const type = types.find((candidate) => candidate.key === (template.track ?? "reseller"));
      const partner = await call(t.app, { method: "POST", url: "/api/w/acme/partners", cookie: owner, body: { name: `Starter for ${key}`, typeId: type?.id, timeZone: "Europe/Berlin", ownerUserId: t.world.staff.manager.id } });
      expect(partner.statusCode, partner.body).toBe(201);
      const templateId = templates.find((row) => row.builtIn === key)?.id;
      const started = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${partner.json().id}/journeys`, cookie: owner, body: { templateId } });
      expect(started.statusCode, `${key}: ${started.body}`).toBe(201);
      const journey = z.object({ steps: z.array(z.object({ key: z.string() })) }).parse(started.json());
      expect(journey.steps.map((step) => step.key).sort(), key).toEqual(stepsOf(template).map((step) => step.key).sort());
    }
  });

  it("adds only what a workspace lacks when run again, and keeps a workspace's own key free", async () => {
    const ws = t.world.globex.id;
    const [offboarding] = await t.ctx.db.select().from(journeyTemplates).where(and(eq(journeyTemplates.workspaceId, ws), eq(journeyTemplates.builtIn, "offboarding")));
    if (!offboarding) throw new Error("globex has no offboarding template");
    // The workspace made the template its own under the built-in's name: it no longer counts as the built-in.
    await t.ctx.db.update(journeyTemplates).set({ builtIn: null }).where(eq(journeyTemplates.id, offboarding.id));
    const before = await t.ctx.db.select().from(journeyTemplates).where(eq(journeyTemplates.workspaceId, ws));

    await ensureBuiltInTemplates(t.ctx.db, t.clock, ws);
    await ensureBuiltInTemplates(t.ctx.db, t.clock, ws);

    const after = await t.ctx.db.select().from(journeyTemplates).where(eq(journeyTemplates.workspaceId, ws));
    expect(after).toHaveLength(before.length + 1);
    const reloaded = after.find((row) => row.builtIn === "offboarding");
    expect(reloaded?.key).toBe("offboarding-2");
    const versions = await t.ctx.db.select().from(journeyTemplateVersions).where(eq(journeyTemplateVersions.templateId, reloaded?.id ?? ""));
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect(await t.ctx.db.select().from(programs).where(eq(programs.workspaceId, ws))).toHaveLength(1);
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TemplateSummary, TemplateValidation, TemplateVersion, TemplateVersionDiff, TemplateVersionSummary } from "../../src/domain/programs/templates";
import { journeys, journeyTemplateVersions } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { loadTemplateVersion } from "../../src/server/modules/templates/service";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let owner: string;
let admin: string;
let viewer: string;
let manager: string;
let partnerAdmin: string;
let globexOwner: string;

beforeAll(async () => {
  t = await createTestWorld();
  ({ owner, admin, viewer, manager, aAdmin: partnerAdmin, globexOwner } = await signInWorld(t.app, t.world));
});
afterAll(() => t.close());

/** A small valid template; `extra` lines are appended inside the only phase's step list. */
function templateYaml(name: string, extraSteps = "") {
  return `# written by a test
name: ${name}
description: A short onboarding for tests.
phases:
  - key: start
    name: Getting started
    steps:
      - key: kickoff
        title: Kickoff
        kind: meeting
        owner: host:manager
        meetingType: kickoff
        due: { after: start, businessDays: 3 }
      - key: profile
        title: Fill in the profile
        kind: form
        owner: partner:admin
        dependsOn: [kickoff]
        due: { after: step, step: kickoff, days: 2 }
        fields:
          - { key: sellers, label: Sellers, type: number, required: true }
${extraSteps}`;
}

const get = (url: string, cookie = owner) => call(t.app, { method: "GET", url, cookie });
const post = (url: string, body: object, cookie = owner) => call(t.app, { method: "POST", url, cookie, body });

async function createTemplate(key: string, yaml = templateYaml(`Template ${key}`)) {
  const response = await post("/api/w/acme/templates", { key, yaml });
  expect(response.statusCode, response.body).toBe(201);
  return TemplateSummary.parse(response.json());
}

async function library(query = "") {
  const response = await get(`/api/w/acme/templates${query}`);
  expect(response.statusCode).toBe(200);
  return TemplateSummary.array().parse(response.json());
}

async function builtIn(key: string) {
  const found = (await library()).find((template) => template.builtIn === key);
  if (!found) throw new Error(`no built-in ${key}`);
  return found;
}

describe("the template library", () => {
  it("lists the built-ins with their badge, the tracks that use them and no running journeys yet", async () => {
    const templates = await library();
    expect(templates.filter((template) => template.builtIn !== null).map((template) => template.key).sort()).toEqual(
      ["bpo-transition", "offboarding", "partnership-governance", "reseller-onboarding", "trust-first-welcome"],
    );
    const reseller = await builtIn("reseller-onboarding");
    expect(reseller).toMatchObject({ name: "Reseller onboarding", latestVersion: 1, archivedAt: null, activeJourneys: 0 });
    expect(reseller.usedBy).toEqual([expect.objectContaining({ programName: "Partner program", partnerTypeName: "Reseller" })]);
    expect((await builtIn("offboarding")).usedBy).toEqual([]);
  });

  it("counts the journeys started from a template that were not cancelled", async () => {
    const reseller = await builtIn("reseller-onboarding");
    const [version] = await t.ctx.db.select().from(journeyTemplateVersions).where(eq(journeyTemplateVersions.templateId, reseller.id));
    if (!version) throw new Error("no version");
    const base = { workspaceId: t.world.acme.id, templateVersionId: version.id, name: "Reseller onboarding", startedAt: new Date() };
    await t.ctx.db.insert(journeys).values([
      { ...base, id: newId(), partnerId: t.world.partners.a },
      { ...base, id: newId(), partnerId: t.world.partners.b, cancelledAt: new Date() },
    ]);
    expect((await builtIn("reseller-onboarding")).activeJourneys).toBe(1);
  });

  it("creates a template from YAML as version 1, named by the document and noted by its author", async () => {
    const created = await createTemplate("referral-basics", templateYaml("Referral basics"));
    expect(created).toMatchObject({ key: "referral-basics", name: "Referral basics", builtIn: null, latestVersion: 1, usedBy: [] });
    const version = TemplateVersion.parse((await get(`/api/w/acme/templates/${created.id}/versions/1`)).json());
    expect(version).toMatchObject({ version: 1, changeNote: "First version", createdBy: { id: t.world.staff.owner.id, name: "Olga Owner" } });
    expect(version.yaml).toContain("# written by a test");
    // Defaults are filled in the stored document: visibility, required, dependsOn.
    expect(version.document.phases[0]?.steps[0]).toMatchObject({ key: "kickoff", visibility: "shared", required: false, dependsOn: [] });
  });

  it("refuses a second template with the same key and a key that is not lowercase", async () => {
    await createTemplate("taken-key");
    const again = await post("/api/w/acme/templates", { key: "taken-key", yaml: templateYaml("Again") });
    expect(again.statusCode).toBe(409);
    const bad = await post("/api/w/acme/templates", { key: "Not A Key", yaml: templateYaml("Bad key") });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: "body.key" })]);
  });

  it("refuses to create from YAML that does not parse, naming the line", async () => {
    const response = await post("/api/w/acme/templates", { key: "broken", yaml: "name: Broken\nphases: [\n  - key: a\n" });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const [problem] = response.json().errors;
    expect(problem).toMatchObject({ path: "", message: expect.stringMatching(/^line \d+, column \d+: YAML syntax: /) });
    expect(response.json().detail).toMatch(/line \d+/);
    expect((await library()).some((template) => template.key === "broken")).toBe(false);
  });

  it("serves the JSON Schema of a template for editors", async () => {
    const response = await get("/api/w/acme/template-schema");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ type: "object", required: expect.arrayContaining(["name", "phases"]), properties: { phases: { type: "array" } } });
  });
});

describe("validating YAML while it is written", () => {
  const validate = async (yaml: string) => {
    const response = await post("/api/w/acme/templates/validate", { yaml }, viewer);
    expect(response.statusCode).toBe(200);
    return TemplateValidation.parse(response.json());
  };

  it("returns the validated template for the outline when all is well", async () => {
    const result = await validate(templateYaml("Fine"));
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.template?.phases[0]?.steps.map((step) => step.key)).toEqual(["kickoff", "profile"]);
  });

  it("points a YAML syntax error at its line and column", async () => {
    const result = await validate("name: Fine\ndescription: ok\nphases:\n  - key: a\n   name: misindented\n");
    expect(result.ok).toBe(false);
    expect(result.template).toBeNull();
    expect(result.problems[0]).toMatchObject({ path: "", line: 5 });
  });

  it("names the path and line of a dependency cycle", async () => {
    const yaml = templateYaml(
      "Cycle",
      `      - key: contract
        title: Contract
        kind: task
        owner: host:manager
        dependsOn: [review]
        due: { after: start, days: 5 }
      - key: review
        title: Review
        kind: task
        owner: host:manager
        dependsOn: [contract]
        due: { after: start, days: 6 }
`,
    );
    const result = await validate(yaml);
    expect(result.ok).toBe(false);
    const cycle = result.problems.find((problem) => problem.message.includes("cycle"));
    expect(cycle?.path).toMatch(/^phases\.0\.steps\.[23]\.dependsOn\.0$/);
    const lines = yaml.split("\n");
    expect(lines[(cycle?.line ?? 0) - 1]).toContain("dependsOn:");
  });

  it("names the path and line of a step that does not exist", async () => {
    const yaml = templateYaml(
      "Missing",
      `      - key: approve
        title: Approve
        kind: approval_gate
        owner: host:manager
        approver: host:admin
        dependsOn: [profle]
        due: { after: start, days: 5 }
`,
    );
    const result = await validate(yaml);
    const missing = result.problems.find((problem) => problem.path === "phases.0.steps.2.dependsOn.0");
    expect(missing?.message).toContain('did you mean "profile"?');
    expect(yaml.split("\n")[(missing?.line ?? 0) - 1]).toContain("dependsOn: [profle]");
  });

  it("underlines an unknown field on its own line, and a missing one at the step that lacks it", async () => {
    const yaml = templateYaml(
      "Unknown",
      `      - key: approve
        title: Approve
        kind: approval_gate
        owner: host:manager
        due: { after: start, days: 5 }
        colour: blue
`,
    );
    const result = await validate(yaml);
    const lines = yaml.split("\n");
    const unknown = result.problems.find((problem) => problem.path === "phases.0.steps.2.colour");
    expect(unknown).toMatchObject({ message: expect.stringContaining("not a field"), column: 9 });
    expect(lines[(unknown?.line ?? 0) - 1]).toBe("        colour: blue");
    const missing = result.problems.find((problem) => problem.path === "phases.0.steps.2.approver");
    expect(missing).toMatchObject({ message: "is missing", column: 9 });
    expect(lines[(missing?.line ?? 0) - 1]).toBe("      - key: approve");
  });

  it("refuses absurdly nested text quickly instead of parsing it", async () => {
    const started = Date.now();
    const result = await validate(`name: Deep\ndescription: ${"[".repeat(100_000)}\n`);
    // Parsing this would take seconds; the guard answers at once (generous bound for busy machines).
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.problems).toEqual([expect.objectContaining({ line: 2, column: 46, message: expect.stringContaining("nested far deeper") })]);
  });

  it("says what to do with an empty document and with a body that is not YAML text", async () => {
    expect((await validate("")).problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("empty") })]);
    const notText = await post("/api/w/acme/templates/validate", { yaml: 42 });
    expect(notText.statusCode).toBe(400);
    expect(notText.json().errors).toEqual([expect.objectContaining({ path: "body.yaml" })]);
  });
});

describe("publishing versions", () => {
  const publish = (id: string, body: object, cookie = owner) => post(`/api/w/acme/templates/${id}/versions`, body, cookie);

  it("publishes a changed template as the next version with its note, newest first in the history", async () => {
    const created = await createTemplate("versioned");
    const extra = `      - key: welcome_pack
        title: Send the welcome pack
        kind: task
        owner: host:manager
        due: { after: start, days: 1 }
`;
    const response = await publish(created.id, { yaml: templateYaml("Versioned v2", extra), changeNote: "Adds the welcome pack", baseVersion: 1 }, admin);
    expect(response.statusCode, response.body).toBe(201);
    expect(TemplateVersion.parse(response.json())).toMatchObject({ version: 2, changeNote: "Adds the welcome pack", createdBy: { name: "Ann Admin" } });
    const history = TemplateVersionSummary.array().parse((await get(`/api/w/acme/templates/${created.id}/versions`)).json());
    expect(history.map((v) => [v.version, v.changeNote])).toEqual([
      [2, "Adds the welcome pack"],
      [1, "First version"],
    ]);
    expect(TemplateSummary.parse((await get(`/api/w/acme/templates/${created.id}`)).json())).toMatchObject({ latestVersion: 2, name: "Versioned v2" });
    const diff = TemplateVersionDiff.parse((await get(`/api/w/acme/templates/${created.id}/diff?from=1&to=2`)).json());
    expect(diff.diff).toMatchObject({ template: ["name"], added: [{ key: "welcome_pack", title: "Send the welcome pack", phase: "start" }], removed: [], changed: [] });
    // The journey engine reads versions through this function.
    expect((await loadTemplateVersion(t.ctx.db, t.world.acme.id, created.id)).version).toBe(2);
    expect((await loadTemplateVersion(t.ctx.db, t.world.acme.id, created.id, 1)).document.name).toBe("Template versioned");
    await expect(loadTemplateVersion(t.ctx.db, t.world.globex.id, created.id)).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a version started from an older one with 409", async () => {
    const created = await createTemplate("raced");
    expect((await publish(created.id, { yaml: templateYaml("First edit"), changeNote: "One", baseVersion: 1 })).statusCode).toBe(201);
    const stale = await publish(created.id, { yaml: templateYaml("Second edit"), changeNote: "Two", baseVersion: 1 }, admin);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain("version 2");
  });

  it("refuses bad YAML and a cycle with 400s that name path and line, and writes nothing", async () => {
    const created = await createTemplate("guarded");
    const syntax = await publish(created.id, { yaml: "name: x\n  bad: [\n", changeNote: "Broken", baseVersion: 1 });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().errors[0].message).toMatch(/^line \d+, column \d+: YAML syntax: /);

    const cyclic = templateYaml("Cyclic").replace("due: { after: start, businessDays: 3 }", "dependsOn: [profile]\n        due: { after: start, businessDays: 3 }");
    const cycle = await publish(created.id, { yaml: cyclic, changeNote: "Cycle", baseVersion: 1 });
    expect(cycle.statusCode).toBe(400);
    const problem = cycle.json().errors.find((e: { message: string }) => e.message.includes("cycle"));
    expect(problem).toMatchObject({ path: expect.stringMatching(/^phases\.0\.steps\.[01]\.dependsOn\.0$/), message: expect.stringMatching(/^line \d+, column \d+: /) });
    expect(cycle.json().detail).toContain(problem.path);
    const line = Number(/^line (\d+)/.exec(problem.message)?.[1]);
    expect(cyclic.split("\n")[line - 1]).toContain("dependsOn");

    const history = TemplateVersionSummary.array().parse((await get(`/api/w/acme/templates/${created.id}/versions`)).json());
    expect(history).toHaveLength(1);
  });

  it("refuses a version that changes nothing in the journey, and one without a change note", async () => {
    const created = await createTemplate("unchanged");
    const same = await publish(created.id, { yaml: `${templateYaml(`Template unchanged`)}# only a comment differs\n`, changeNote: "Nothing", baseVersion: 1 });
    expect(same.statusCode).toBe(400);
    expect(same.json().detail).toContain("version 1");
    const noNote = await publish(created.id, { yaml: templateYaml("Other"), changeNote: "   ", baseVersion: 1 });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors).toEqual([expect.objectContaining({ path: "body.changeNote" })]);
  });

  it("answers unknown templates and versions with 404", async () => {
    const created = await createTemplate("lonely");
    expect((await get(`/api/w/acme/templates/${created.id}/versions/9`)).statusCode).toBe(404);
    expect((await get(`/api/w/acme/templates/${created.id}/diff?from=1&to=9`)).statusCode).toBe(404);
    expect((await get(`/api/w/acme/templates/${newId()}`)).statusCode).toBe(404);
    expect((await get(`/api/w/acme/templates/not-an-id`)).statusCode).toBe(400);
    expect((await get(`/api/w/acme/templates/${created.id}/diff?from=0&to=1`)).statusCode).toBe(400);
  });
});

describe("export", () => {
  it("downloads a version's YAML as written, as an attachment", async () => {
    const created = await createTemplate("exported", templateYaml("Exported"));
    await post(`/api/w/acme/templates/${created.id}/versions`, { yaml: templateYaml("Exported again"), changeNote: "Renamed", baseVersion: 1 });
    const latest = await get(`/api/w/acme/templates/${created.id}/export`);
    expect(latest.statusCode).toBe(200);
    expect(latest.headers["content-type"]).toContain("application/yaml");
    expect(latest.headers["content-disposition"]).toBe('attachment; filename="exported-v2.yaml"');
    expect(latest.body).toBe(templateYaml("Exported again"));
    const first = await get(`/api/w/acme/templates/${created.id}/export?version=1`);
    expect(first.body).toBe(templateYaml("Exported"));
    expect((await get(`/api/w/acme/templates/${created.id}/export?version=5`)).statusCode).toBe(404);
  });
});

describe("archiving", () => {
  it("keeps a template that a track uses, archives one that none does, and brings it back", async () => {
    const used = await builtIn("bpo-transition");
    const refused = await post(`/api/w/acme/templates/${used.id}/archive`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain("Partner program");

    const offboarding = await builtIn("offboarding");
    const archived = await post(`/api/w/acme/templates/${offboarding.id}/archive`, {});
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await library()).some((template) => template.id === offboarding.id)).toBe(false);
    expect((await library("?archived=only")).map((template) => template.id)).toEqual([offboarding.id]);
    expect((await post(`/api/w/acme/templates/${offboarding.id}/archive`, {})).statusCode).toBe(409);
    const publish = await post(`/api/w/acme/templates/${offboarding.id}/versions`, { yaml: templateYaml("Offboarding light"), changeNote: "Shorter", baseVersion: 1 });
    expect(publish.statusCode).toBe(409);

    expect((await post(`/api/w/acme/templates/${offboarding.id}/restore`, {})).statusCode).toBe(200);
    expect((await library()).some((template) => template.id === offboarding.id)).toBe(true);
  });
});

describe("who may do what", () => {
  it("lets viewers and managers read but not write, and keeps partner users and other workspaces out", async () => {
    const reseller = await builtIn("reseller-onboarding");
    for (const cookie of [viewer, manager]) {
      expect((await get(`/api/w/acme/templates/${reseller.id}`, cookie)).statusCode).toBe(200);
      expect((await post("/api/w/acme/templates", { key: "by-reader", yaml: templateYaml("Reader") }, cookie)).statusCode).toBe(403);
      expect((await post(`/api/w/acme/templates/${reseller.id}/versions`, { yaml: templateYaml("Reader"), changeNote: "x", baseVersion: 1 }, cookie)).statusCode).toBe(403);
      expect((await post(`/api/w/acme/templates/${reseller.id}/archive`, {}, cookie)).statusCode).toBe(403);
    }
    expect((await get("/api/w/acme/templates", partnerAdmin)).statusCode).toBe(403);
    expect((await get(`/api/w/acme/templates/${reseller.id}/export`, partnerAdmin)).statusCode).toBe(403);
    expect((await get(`/api/w/acme/templates/${reseller.id}`, globexOwner)).statusCode).toBe(404);
    // Globex's owner asking in its own workspace for acme's template: it does not exist there.
    const inGlobex = await get(`/api/w/globex/templates/${reseller.id}`, globexOwner);
    expect(inGlobex.statusCode).toBe(404);
    expect(inGlobex.body).not.toContain("Reseller onboarding");
  });
});

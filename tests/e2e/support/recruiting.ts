import { and, eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { applicationForms, partneringPages, programs } from "../../../src/server/db/schema";
import { newId } from "../../../src/server/ids";
import { expectNoAxeViolations } from "./browser";
import type { RunningServer } from "./server";

/*
 * Steps of the recruiting browser tests that more than one story walks through: an admin has
 * opened acme's program to applicants, a prospect fills the public form, an interviewer fills a
 * scorecard.
 */

/** Acme's program takes applications and explains itself, as an admin would have set it up. */
export async function openAcmeProgram(server: RunningServer) {
  const { ctx, world, clock } = server;
  const [program] = await ctx.db.select({ id: programs.id }).from(programs).where(and(eq(programs.workspaceId, world.acme.id), eq(programs.key, "partner-program")));
  if (!program) throw new Error("acme has no partner-program");
  const now = clock.now();
  await ctx.db.insert(applicationForms).values({
    id: newId(),
    workspaceId: world.acme.id,
    programId: program.id,
    intro: "We work with firms that look after their clients for years.",
    open: true,
    questions: [
      { key: "pitch", label: "Why would our clients enjoy working with you?", help: "", required: true, kind: "long_text" },
      { key: "segment", label: "Which clients do you serve?", help: "", required: true, kind: "choice", options: ["Small businesses", "Enterprises"] },
      { key: "team_size", label: "How many people work with you?", help: "", required: false, kind: "number", min: 1, max: 5000 },
    ],
    updatedAt: now,
  });
  await ctx.db.insert(partneringPages).values({
    id: newId(),
    workspaceId: world.acme.id,
    programId: program.id,
    published: true,
    content: {
      headline: "Grow with Acme Cloud",
      intro: "What to expect, from your application to your first joint client.",
      process: [
        { title: "Apply", text: "Tell us who you are." },
        { title: "Two conversations", text: "One about your work, one about how we work together." },
      ],
      timeline: [{ label: "First answer", duration: "within a week" }],
      expectations: ["Answer clients within one working day"],
      culture: [{ kind: "values", title: "Our values", text: "Clients first. Say what you do, do what you say." }],
    },
    updatedAt: now,
  });
}

export interface Applicant {
  organisation: string;
  website: string;
  name: string;
  email: string;
}

/** Fills acme's public form on an open page of it, every answer valid, and leaves it unsent. */
export async function fillApplication(page: Page, applicant: Applicant) {
  await page.getByRole("textbox", { name: /^Organisation name/ }).fill(applicant.organisation);
  await page.getByRole("textbox", { name: /^Website/ }).fill(applicant.website);
  await page.getByRole("combobox", { name: /^Country/ }).fill("Netherl");
  await page.getByRole("option", { name: "Netherlands", exact: true }).click();
  await page.getByRole("textbox", { name: /^Your name/ }).fill(applicant.name);
  await page.getByRole("textbox", { name: /^Your email address/ }).fill(applicant.email);
  await page.getByRole("radio", { name: "Reseller" }).check();
  await page.getByRole("textbox", { name: /^Why would our clients enjoy/ }).fill("We have looked after the same clients for ten years.");
  await page.getByRole("radio", { name: "Enterprises" }).check();
  await page.getByRole("textbox", { name: /^How many people/ }).fill("14");
}

/** Scores every criterion of the functional fit stage of the built-in kit alike. */
export async function fillScorecard(page: Page, score: string, evidence: string, recommendation: string) {
  for (const criterion of ["Capability", "Delivery track record", "Commercial fit"]) {
    await page.getByRole("radiogroup", { name: new RegExp(`^${criterion}`) }).getByRole("radio", { name: score, exact: true }).check();
    await page.getByRole("textbox", { name: `Evidence for ${criterion}` }).fill(`${evidence} (${criterion})`);
  }
  await page.getByRole("radiogroup", { name: /^Overall recommendation/ }).getByRole("radio", { name: recommendation, exact: true }).check();
}

/** From My interviews to the functional fit interview with a candidate. */
export async function openInterview(page: Page, url: string, candidate: string) {
  await page.goto(`${url}/w/acme/interviews`);
  await page.getByRole("heading", { name: "My interviews", level: 1 }).waitFor();
  await expectNoAxeViolations(page, "my interviews");
  await page.getByRole("link", { name: `Open the Functional fit interview with ${candidate}` }).click();
  await page.getByRole("heading", { name: `${candidate}: Functional fit`, level: 1 }).waitFor();
}

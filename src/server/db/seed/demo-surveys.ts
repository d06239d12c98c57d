import { eq } from "drizzle-orm";
import type { AppContext } from "../../context";
import { answerSurvey } from "../../modules/surveys/answer";
import { createSurvey } from "../../modules/surveys/service";
import type { Caller } from "../../plugins/route-kit";
import { surveys } from "../schema";
import { partnerCaller, staffCaller } from "./demo-people";

/*
 * Demo anonymous surveys (R-F7), written through the services: a staff pulse answered by all six
 * staff (five answers released and shown, one sealed and waiting for a batch), and a partner
 * survey answered by three partner users, whose results stay hidden ("not enough answers yet").
 * Skipped when the workspace already has surveys.
 */

const staffEmails = ["owner@northwind.example", "admin@northwind.example", "maya@northwind.example", "marco@northwind.example", "ines@northwind.example", "victor@northwind.example"];
const partnerEmails = ["priya@brightpath.example", "paul@brightpath.example", "sven@harborstone.example"];

export async function loadDemoSurveys(ctx: AppContext, owner: Caller): Promise<void> {
  const [existing] = await ctx.db.select({ id: surveys.id }).from(surveys).where(eq(surveys.workspaceId, owner.workspace.id)).limit(1);
  if (existing) return;

  const pulse = await createSurvey(ctx, owner, {
    title: "Partner programme pulse",
    intro: "Three questions on how running the partner programme feels this quarter. We will share the results at the next all-hands.",
    audience: "staff",
    questions: [
      { key: "workload", kind: "rating", min: 1, max: 10, text: "How manageable is your partner workload?" },
      { key: "tools", kind: "rating", min: 1, max: 10, text: "How well does Accord support your daily work?" },
      { key: "hardest", kind: "choice", options: ["Onboarding", "Escalations", "Reporting", "Meetings"], text: "Which part takes the most effort?" },
    ],
  });
  const staffAnswers = [
    { workload: 6, tools: 8, hardest: "Onboarding" },
    { workload: 4, tools: 7, hardest: "Escalations" },
    { workload: 7, tools: 9, hardest: "Onboarding" },
    { workload: 5, tools: 6, hardest: "Reporting" },
    { workload: 8, tools: 8, hardest: "Meetings" },
    { workload: 6, tools: 7, hardest: "Onboarding" },
  ];
  for (const [index, email] of staffEmails.entries()) {
    const caller = await staffCaller(ctx, owner, email);
    const answers = staffAnswers[index];
    if (caller && answers) await answerSurvey(ctx, caller, pulse.id, { answers });
  }

  const onboarding = await createSurvey(ctx, owner, {
    title: "How is working with Northwind going?",
    intro: "Your honest view helps us improve onboarding for every partner. Answers are anonymous.",
    audience: "partners",
    questions: [
      { key: "trust", kind: "rating", min: 1, max: 10, text: "How much do you trust our team to do what it says?" },
      { key: "channel", kind: "choice", options: ["Email", "Chat", "Video calls", "The portal"], text: "Where would you like to hear from us first?" },
    ],
  });
  const partnerAnswers = [
    { trust: 8, channel: "Chat" },
    { trust: 7, channel: "The portal" },
    { trust: 6, channel: "Email" },
  ];
  for (const [index, email] of partnerEmails.entries()) {
    const caller = await partnerCaller(ctx, owner, email);
    const answers = partnerAnswers[index];
    if (caller && answers) await answerSurvey(ctx, caller, onboarding.id, { answers });
  }
}

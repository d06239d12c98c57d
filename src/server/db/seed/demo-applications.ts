import type { PartneringPageContent } from "../../../domain/applications/partnering-page";
import type { ApplicationFormInputData } from "../../../domain/applications/questions";
import type { ApplicationSubmissionData } from "../../../domain/applications/views";
import type { AppContext } from "../../context";
import { saveFormConfig, savePartneringPage } from "../../modules/applications/config-service";
import { programByKey } from "../../modules/applications/queries";
import { submitApplication } from "../../modules/applications/submit";
import type { Caller } from "../../plugins/route-kit";

/*
 * The demo program takes applications (R-B2) and explains how partnering works (R-B7). Written
 * in our own words from the domain reading; two applications arrive through the real form, so
 * their partners, timelines, bell notices and confirmation emails look like the real thing.
 */

const programKey = "partner-program";

const form: ApplicationFormInputData = {
  version: 0,
  open: true,
  intro:
    "We look for partners who care about our clients as much as we do. Tell us about your firm and how you work; a person on our team reads every application and answers within a week.",
  questions: [
    { key: "clients", label: "Which clients do you serve today?", help: "Industries, company sizes, regions: whatever describes them best.", required: true, kind: "long_text" },
    { key: "client_experience", label: "Tell us about a client who would recommend you, and why.", help: "We care more about how you work with clients than about how many you have.", required: true, kind: "long_text" },
    { key: "team_size", label: "How many people would work with our clients?", help: "", required: true, kind: "number", min: 1, max: 10_000 },
    { key: "focus", label: "Where would you start with us?", help: "", required: true, kind: "choice", options: ["Reselling our products", "Implementation and services", "An integration with our platform", "Referring clients to us"] },
    { key: "case_study", label: "A case study or reference we can read", help: "A link to a page, a story or a public review.", required: false, kind: "url" },
    { key: "deck", label: "Your company presentation", help: "Optional; a PDF is easiest for us to share with the interviewers.", required: false, kind: "file", accept: [".pdf"], maxSizeMb: 10 },
  ],
};

const page: PartneringPageContent = {
  headline: "How partnering with Northwind Cloud works",
  intro:
    "Our clients judge us by everyone who works on their account, partners included. So we take time to get to know each partner before we sign, and we tell you up front what that involves.",
  process: [
    { title: "You apply", text: "The form takes about ten minutes. You get a confirmation by email straight away." },
    { title: "We read and reply", text: "Someone on our partner team reads your application and writes back, yes or not now, with the reason." },
    { title: "A conversation about the work", text: "Two of our people talk with you about your services, your clients and how you deliver: the functional fit." },
    { title: "A conversation about how we work together", text: "A colleague trained for it talks with you about values and the experience our clients expect: the culture fit." },
    { title: "Decision and agreement", text: "We decide together with everyone who met you, and send the decision with its reasons. If it is a yes, we agree the contract and the commercial model." },
    { title: "Onboarding", text: "A structured start: the partner portal, training for your track, access to our tools, and a first joint client within your first months." },
  ],
  timeline: [
    { label: "Reply to your application", duration: "within 5 working days" },
    { label: "Both conversations", duration: "2 to 3 weeks" },
    { label: "Decision", duration: "within a week of the last conversation" },
    { label: "Agreement signed", duration: "1 to 2 weeks" },
    { label: "Onboarding until your first client", duration: "6 to 10 weeks" },
  ],
  expectations: [
    "You represent our brand to clients as carefully as your own.",
    "You answer clients within one working day, and tell us early when something goes wrong.",
    "At least two of your people complete the training of your track in the first month.",
    "You share what you learn: a short review with us every quarter.",
  ],
  culture: [
    { kind: "vision", title: "Where we are going", text: "Every company can run its operations in the cloud without worrying about it." },
    { kind: "mission", title: "What we do about it", text: "We build dependable cloud services and, with our partners, make them work for each client's business." },
    { kind: "values", title: "What we value", text: "Clients first: we measure ourselves by their results.\nSay what you do, do what you say.\nLearn in the open: mistakes are shared and fixed, not hidden." },
    { kind: "client_experience", title: "The experience our clients expect", text: "A named person who knows them, answers that arrive when promised, no surprises on the invoice, and a partner who tells them when our product is not the right fit." },
  ],
};

const demoApplications: Omit<ApplicationSubmissionData, "fax">[] = [
  {
    organisationName: "Lumen Advisory",
    website: "https://www.lumenadvisory.example",
    country: "NL",
    contactName: "Farah Haddad",
    contactEmail: "farah@lumenadvisory.example",
    track: "service",
    answers: {
      clients: "Mid-sized logistics and wholesale firms in the Benelux, 50 to 500 employees.",
      client_experience: "A freight forwarder we moved to the cloud in 2024 still calls us first when they plan something new; we run a monthly review with them.",
      team_size: 18,
      focus: "Implementation and services",
      case_study: "https://www.lumenadvisory.example/stories/forwarder",
    },
  },
  {
    organisationName: "Cobaltgate Systems",
    website: "https://www.cobaltgate.example",
    country: "US",
    contactName: "Jun Tanaka",
    contactEmail: "jun@cobaltgate.example",
    track: "reseller",
    answers: {
      clients: "Regional accounting practices on the US east coast.",
      client_experience: "One practice grew from two to nine offices with us; they trust us to tell them when to wait with an upgrade.",
      team_size: 6,
      focus: "Reselling our products",
    },
  },
];

/** Opens the demo program's form, publishes its partnering page and lets two prospects apply. */
export async function loadDemoApplications(ctx: AppContext, owner: Caller): Promise<void> {
  const scope = await programByKey(ctx.db, owner.workspace.slug, programKey);
  if (!scope) return;
  await saveFormConfig(ctx, owner, scope.program.id, form);
  await savePartneringPage(ctx, owner, scope.program.id, { version: 0, published: true, content: page });
  for (const application of demoApplications) {
    await submitApplication(ctx, owner.workspace.slug, programKey, { ...application, fax: "" });
  }
}

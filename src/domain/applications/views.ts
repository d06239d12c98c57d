import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { PartneringPageContent } from "./partnering-page";
import { ApplicationQuestion, questionKinds } from "./questions";

/*
 * What the public pages read and send, and how staff see a submitted application. The public
 * form and page name their workspace and program, never an internal id.
 */

const Named = z.object({ key: z.string(), name: z.string() });
const WorkspaceRef = z.object({ slug: z.string(), name: z.string() });

export const PublicApplicationForm = z
  .object({
    workspace: WorkspaceRef,
    program: Named,
    intro: z.string(),
    questions: z.array(ApplicationQuestion),
    /** The choice of track, offered only when the program has more than one. */
    tracks: z.array(Named),
    /** Whether the "how partnering with us works" page is published, so the form can link to it. */
    partneringPage: z.boolean(),
  })
  .meta({ id: "PublicApplicationForm" });
export type PublicApplicationForm = z.infer<typeof PublicApplicationForm>;

export const PublicPartneringPage = z
  .object({
    workspace: WorkspaceRef,
    program: Named,
    content: PartneringPageContent,
    /** Whether the application form takes applications now, so the page can link to it. */
    formOpen: z.boolean(),
  })
  .meta({ id: "PublicPartneringPage" });
export type PublicPartneringPage = z.infer<typeof PublicPartneringPage>;

/** One answer as sent: text, a number, or the upload id of a file; null or "" leaves it unanswered. */
export const AnswerValue = z.union([z.string().max(50_000, "at most 50,000 characters"), z.number(), z.null()]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const ApplicationSubmission = z.strictObject({
  organisationName: z.string().max(2000).default(""),
  website: z.string().max(2000).default(""),
  country: z.string().max(100).default(""),
  contactName: z.string().max(2000).default(""),
  contactEmail: z.string().max(2000).default(""),
  /** The partner type key of the chosen track; ignored when the program has one track. */
  track: z.string().max(100).default(""),
  answers: z.record(z.string().max(100), AnswerValue).default({}),
  /** The honeypot: hidden from people, filled by bots. A filled one is thanked and dropped. */
  fax: z.string().max(2000).default(""),
});
export type ApplicationSubmission = z.input<typeof ApplicationSubmission>;
export type ApplicationSubmissionData = z.output<typeof ApplicationSubmission>;

/** The same answer whether the application was kept or (honeypot) dropped. */
export const ApplicationReceived = z.object({ received: z.literal(true) }).meta({ id: "ApplicationReceived" });

export const UploadQuery = z.object({
  question: z.string().min(1).max(100),
  fileName: z.string().min(1, "give the file a name").max(1000),
});

export const ApplicationUpload = z
  .object({
    /** What the submission sends as the answer to the file question. */
    uploadId: z.string(),
    fileName: z.string(),
    sizeBytes: z.number().int(),
  })
  .meta({ id: "ApplicationUpload" });
export type ApplicationUpload = z.infer<typeof ApplicationUpload>;

export const AnsweredQuestion = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(questionKinds),
  answer: z.union([z.string(), z.number(), z.null()]),
  file: z.object({ id: Id, fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() }).nullable(),
});
export type AnsweredQuestion = z.infer<typeof AnsweredQuestion>;

export const ApplicationView = z
  .object({
    id: Id,
    program: z.object({ id: Id, key: z.string(), name: z.string() }),
    submittedAt: Timestamp,
    organisationName: z.string(),
    website: z.string(),
    country: z.string(),
    contactName: z.string(),
    contactEmail: z.string(),
    track: Named.nullable(),
    /** The program's questions as they were when the applicant answered them. */
    answers: z.array(AnsweredQuestion),
  })
  .meta({ id: "ApplicationView" });
export type ApplicationView = z.infer<typeof ApplicationView>;

export const PartnerApplication = z.object({ application: ApplicationView.nullable() });

import { z } from "zod";
import { Id, Timestamp, Version } from "../common/schemas";

/** Contracts of the email template library (R-B5), shared by the server and the web app. */

export const EmailTemplateKey = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, "use 1–48 lowercase letters, digits and dashes");

export const TemplateVariableInfo = z.object({ name: z.string(), example: z.string() });

export const EmailTemplateSummary = z
  .object({
    key: EmailTemplateKey,
    name: z.string(),
    subject: z.string(),
    /** The built-in it started from (it can be reset to it), null for the workspace's own. */
    builtIn: z.string().nullable(),
    /** A built-in whose text differs from the shipped one. */
    modified: z.boolean(),
    version: z.number().int(),
    updatedAt: Timestamp,
    updatedBy: z.string().nullable(),
  })
  .meta({ id: "EmailTemplateSummary" });
export type EmailTemplateSummary = z.infer<typeof EmailTemplateSummary>;

export const EmailTemplate = EmailTemplateSummary.extend({
  body: z.string(),
  /** What the subject and body may use. */
  variables: z.array(TemplateVariableInfo),
}).meta({ id: "EmailTemplate" });
export type EmailTemplate = z.infer<typeof EmailTemplate>;

const Name = z.string().trim().min(1, "give the template a name").max(120);
const Subject = z.string().trim().min(1, "write a subject").max(300);
const Body = z.string().trim().min(1, "write the text of the email").max(20_000);

export const EmailTemplateInput = z.object({ key: EmailTemplateKey, name: Name, subject: Subject, body: Body });
export type EmailTemplateInput = z.infer<typeof EmailTemplateInput>;

export const EmailTemplateUpdate = z.object({ name: Name, subject: Subject, body: Body, version: Version });
export type EmailTemplateUpdate = z.infer<typeof EmailTemplateUpdate>;

export const EmailTemplateReset = z.object({ version: Version });

/** Values for the variables a template has beyond the common ones: `{ interview: { when: "…" } }`. */
export const ExtraVariables = z.record(z.string().max(40), z.record(z.string().max(40), z.string().max(2_000)));

export const EmailPreviewInput = z.object({
  templateKey: EmailTemplateKey,
  variables: ExtraVariables.optional(),
  /** Preview unsaved text (the editor) instead of the stored template. */
  draft: z.object({ subject: Subject, body: Body }).optional(),
});
export type EmailPreviewInput = z.infer<typeof EmailPreviewInput>;

export const EmailPreview = z
  .object({
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    /** Who it would go to: the partner's contact, or null when the partner has no contact email. */
    to: z.object({ email: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: "EmailPreview" });
export type EmailPreview = z.infer<typeof EmailPreview>;

export const SendEmailInput = z.object({
  templateKey: EmailTemplateKey,
  variables: ExtraVariables.optional(),
  /** Chosen by the client once per message: sending it again (a retry, a double click) sends nothing new. */
  requestId: Id,
});
export type SendEmailInput = z.infer<typeof SendEmailInput>;

export const SentEmail = z.object({ subject: z.string(), to: z.string() }).meta({ id: "SentEmail" });

/** A template a partner's manager may send, with the variables they fill in for it. */
export const SendableTemplate = z.object({ key: EmailTemplateKey, name: z.string(), extraVariables: z.array(TemplateVariableInfo) }).meta({ id: "SendableTemplate" });
export type SendableTemplate = z.infer<typeof SendableTemplate>;

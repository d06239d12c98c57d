import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import {
  EmailPreview,
  EmailPreviewInput,
  EmailTemplate,
  EmailTemplateInput,
  EmailTemplateKey,
  EmailTemplateReset,
  EmailTemplateSummary,
  EmailTemplateUpdate,
  SendableTemplate,
  SendEmailInput,
  SentEmail,
} from "../../../domain/email-templates/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { previewPartnerEmail, sendableTemplates, sendPartnerEmail } from "./partner-emails";
import { createEmailTemplate, getEmailTemplate, listEmailTemplates, resetEmailTemplate, updateEmailTemplate } from "./service";

const TemplateParams = WsParams.extend({ key: EmailTemplateKey });
const PartnerParams = WsParams.extend({ partnerId: Id });
const tags = ["email templates"];

/** The workspace's email templates (admins) and sending one to a partner (its managers), R-B5. */
export async function emailTemplateRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/email-templates",
    { config: { action: "recruiting.configure" }, schema: { tags, summary: "The workspace's email templates, built-ins first", params: WsParams, response: { 200: z.array(EmailTemplateSummary), ...problems } } },
    async (request) => listEmailTemplates(ctx, callerOf(request)),
  );

  r.post(
    "/api/w/:ws/email-templates",
    { config: { action: "recruiting.configure" }, schema: { tags, summary: "Create the workspace's own template", params: WsParams, body: EmailTemplateInput, response: { 201: EmailTemplate, ...problems } } },
    async (request, reply) => reply.status(201).send(await createEmailTemplate(ctx, callerOf(request), request.body)),
  );

  r.get(
    "/api/w/:ws/email-templates/:key",
    { config: { action: "recruiting.configure" }, schema: { tags, summary: "One template with the variables it may use", params: TemplateParams, response: { 200: EmailTemplate, ...problems } } },
    async (request) => getEmailTemplate(ctx, callerOf(request), request.params.key),
  );

  r.put(
    "/api/w/:ws/email-templates/:key",
    {
      config: { action: "recruiting.configure" },
      schema: { tags, summary: "Edit a template (send the version you read); Liquid and variables are checked", params: TemplateParams, body: EmailTemplateUpdate, response: { 200: EmailTemplate, ...problems } },
    },
    async (request) => updateEmailTemplate(ctx, callerOf(request), request.params.key, request.body),
  );

  r.post(
    "/api/w/:ws/email-templates/:key/reset",
    { config: { action: "recruiting.configure" }, schema: { tags, summary: "Put a built-in back to the text Accord ships", params: TemplateParams, body: EmailTemplateReset, response: { 200: EmailTemplate, ...problems } } },
    async (request) => resetEmailTemplate(ctx, callerOf(request), request.params.key, request.body.version),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/emails/templates",
    { config: { action: "email.send" }, schema: { tags, summary: "Templates that may be sent to this partner", params: PartnerParams, response: { 200: z.array(SendableTemplate), ...problems } } },
    async (request) => sendableTemplates(ctx, callerOf(request), request.params.partnerId),
  );

  r.post(
    "/api/w/:ws/partners/:partnerId/emails/preview",
    { config: { action: "email.send" }, schema: { tags, summary: "A template (or a draft of it) rendered with this partner's data", params: PartnerParams, body: EmailPreviewInput, response: { 200: EmailPreview, ...problems } } },
    async (request) => previewPartnerEmail(ctx, callerOf(request), request.params.partnerId, request.body),
  );

  r.post(
    "/api/w/:ws/partners/:partnerId/emails",
    { config: { action: "email.send" }, schema: { tags, summary: "Send a template to the partner's contact (through the outbox, onto the timeline)", params: PartnerParams, body: SendEmailInput, response: { 201: SentEmail, ...problems } } },
    async (request, reply) => reply.status(201).send(await sendPartnerEmail(ctx, callerOf(request), request.params.partnerId, request.body)),
  );
}

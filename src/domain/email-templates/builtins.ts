import type { BuiltInTemplateKey } from "./variables";

/**
 * The email templates every workspace starts with. A workspace gets its own editable copy of
 * each the first time it needs one, and can reset its copy to the text below. The body is plain
 * text with Liquid variables: the text part is sent as written, the HTML part is built from it
 * (paragraphs at blank lines, links made clickable), so an admin edits one text, not two.
 */
export interface EmailTemplateText {
  name: string;
  subject: string;
  body: string;
}

export const builtInTemplates: Readonly<Record<BuiltInTemplateKey, EmailTemplateText>> = {
  "application-received": {
    name: "Application received",
    subject: "We have your application, {{ partner.name }}",
    body: `Hello {{ contact.name }},

Thank you for applying to {{ program.name }} at {{ workspace.name }}. Your application for {{ partner.name }} is with our partner team now.

What happens next: someone from the team reads every application and answers within a few working days, either with questions or with an invitation to a first conversation.

While you wait, this page explains how partnering with us works, step by step:
{{ partnering.link }}

Kind regards,
The {{ workspace.name }} partner team`,
  },
  "interview-invitation": {
    name: "Invitation to interview",
    subject: "Let's talk: {{ interview.stage }} interview with {{ workspace.name }}",
    body: `Hello {{ contact.name }},

We enjoyed reading about {{ partner.name }} and would like to get to know you better in a {{ interview.stage }} conversation.

When: {{ interview.when }}
Where: {{ interview.location }}

A calendar invitation is attached. If the time does not suit you, reply to this email and we will find another one.

Kind regards,
{{ sender.name }}
{{ workspace.name }}`,
  },
  "decision-yes": {
    name: "Decision: yes",
    subject: "Welcome aboard, {{ partner.name }}",
    body: `Hello {{ contact.name }},

Good news: we would like {{ partner.name }} to become a partner in {{ program.name }}.

{{ decision.reason }}

The next step is the partner agreement. {{ sender.name }} will be in touch shortly to go through it with you and to plan your onboarding.

Thank you for the time you gave us during the interviews.

Kind regards,
{{ sender.name }}
{{ workspace.name }}`,
  },
  "decision-no": {
    name: "Decision: no",
    subject: "Your application to {{ workspace.name }}",
    body: `Hello {{ contact.name }},

Thank you for the time {{ partner.name }} gave us. After careful thought we have decided not to go ahead with a partnership in {{ program.name }} at this point.

{{ decision.reason }}

This is a decision about today's fit, not a judgement of your company. If your plans change, you are welcome to apply again.

Kind regards,
{{ sender.name }}
{{ workspace.name }}`,
  },
  welcome: {
    name: "Welcome",
    subject: "Your onboarding with {{ workspace.name }} starts now",
    body: `Hello {{ contact.name }},

Welcome to {{ program.name }}! {{ partner.name }} is now a partner of {{ workspace.name }}.

Your onboarding plan, documents, training and the people who work with you are all in your partner portal:
{{ portal.link }}

If anything is unclear, reply to this email: we read every one.

Kind regards,
{{ sender.name }}
{{ workspace.name }}`,
  },
};

/**
 * Built-in email templates, written as Liquid (the same engine that will render the
 * user-editable templates of the recruitment issue). Output is HTML-escaped by default.
 */
import { emailShell } from "./layout";

export interface EmailTemplate {
  subject: string;
  text: string;
  html: string;
}

const layout = (body: string) => emailShell(body, "Sent by Accord on behalf of {{ workspaceName }}.");

export const emailTemplates = {
  "staff-invitation": {
    subject: "{{ inviterName }} invited you to {{ workspaceName }} on Accord",
    text: `Hello,

{{ inviterName }} invited you to join {{ workspaceName }} on Accord as {{ roleLabel }}.

Accept the invitation and choose your password here:
{{ link }}

The link works until {{ expiresAt }}. If you did not expect this, you can ignore this email.`,
    html: layout(`<p>Hello,</p>
<p>{{ inviterName }} invited you to join <strong>{{ workspaceName }}</strong> on Accord as {{ roleLabel }}.</p>
<p><a href="{{ link }}">Accept the invitation</a></p>
<p>The link works until {{ expiresAt }}. If you did not expect this, you can ignore this email.</p>`),
  },
  "partner-invitation": {
    subject: "Your {{ partnerName }} portal with {{ workspaceName }}",
    text: `Hello,

{{ inviterName }} invited you to the {{ partnerName }} portal of {{ workspaceName }}. There you will find your onboarding journey, your documents and the people who work with you.

Open your portal here:
{{ link }}

The link works until {{ expiresAt }}. If you did not expect this, you can ignore this email.`,
    html: layout(`<p>Hello,</p>
<p>{{ inviterName }} invited you to the <strong>{{ partnerName }}</strong> portal of {{ workspaceName }}. There you will find your onboarding journey, your documents and the people who work with you.</p>
<p><a href="{{ link }}">Open your portal</a></p>
<p>The link works until {{ expiresAt }}. If you did not expect this, you can ignore this email.</p>`),
  },
  "magic-link": {
    subject: "Your sign-in link for Accord",
    text: `Hello,

Use this link to sign in to Accord. It works once, for the next 15 minutes:
{{ link }}

If you did not ask for it, you can ignore this email.`,
    html: layout(`<p>Hello,</p>
<p><a href="{{ link }}">Sign in to Accord</a>. The link works once, for the next 15 minutes.</p>
<p>If you did not ask for it, you can ignore this email.</p>`),
  },
  "password-reset": {
    subject: "Reset your Accord password",
    text: `Hello {{ name }},

Someone (we hope you) asked to reset your Accord password. Choose a new one here:
{{ link }}

The link works for one hour. If you did not ask for it, your password stays as it is.`,
    html: layout(`<p>Hello {{ name }},</p>
<p>Someone (we hope you) asked to reset your Accord password. <a href="{{ link }}">Choose a new password</a>.</p>
<p>The link works for one hour. If you did not ask for it, your password stays as it is.</p>`),
  },
  /** The email twin of an in-app notification (a reminder, an overdue step, an assignment …). */
  notification: {
    subject: "{{ title }}",
    text: `Hello {{ name }},

{{ title }}

{{ body }}

Open it in Accord:
{{ link }}

You receive this because you work on it in {{ workspaceName }}. The same notice is in the bell at the top of Accord.`,
    html: layout(`<p>Hello {{ name }},</p>
<p><strong>{{ title }}</strong></p>
<p>{{ body }}</p>
<p><a href="{{ link }}">Open it in Accord</a></p>
<p style="color: #5c5f66; font-size: 13px">You receive this because you work on it in {{ workspaceName }}. The same notice is in the bell at the top of Accord.</p>`),
  },
} satisfies Record<string, EmailTemplate>;

export type EmailTemplateKey = keyof typeof emailTemplates;

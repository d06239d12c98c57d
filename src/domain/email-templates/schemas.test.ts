import { describe, expect, it } from "vitest";
import { EmailPreviewInput, EmailTemplateInput, EmailTemplateKey, EmailTemplateUpdate, SendEmailInput } from "./schemas";

describe("email template contracts", () => {
  it("takes keys of lowercase letters, digits and dashes", () => {
    expect(EmailTemplateKey.safeParse("quarterly-update").success).toBe(true);
    expect(EmailTemplateKey.safeParse("Quarterly update").success).toBe(false);
    expect(EmailTemplateKey.safeParse("-edge").success).toBe(false);
  });

  it("trims a new template and refuses an empty subject or text", () => {
    expect(EmailTemplateInput.parse({ key: "a1", name: " News ", subject: " Hi ", body: " Text " })).toEqual({ key: "a1", name: "News", subject: "Hi", body: "Text" });
    const empty = EmailTemplateInput.safeParse({ key: "a1", name: "News", subject: "  ", body: "" });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues.map((issue) => issue.path.join("."))).toEqual(["subject", "body"]);
  });

  it("needs the version read for an edit", () => {
    expect(EmailTemplateUpdate.safeParse({ name: "a", subject: "b", body: "c" }).success).toBe(false);
    expect(EmailTemplateUpdate.safeParse({ name: "a", subject: "b", body: "c", version: 2 }).success).toBe(true);
  });

  it("bounds the extra values a preview or a send carries", () => {
    expect(EmailPreviewInput.safeParse({ templateKey: "welcome", variables: { decision: { reason: "x".repeat(2_001) } } }).success).toBe(false);
    expect(SendEmailInput.safeParse({ templateKey: "welcome", requestId: "not-a-uuid" }).success).toBe(false);
    expect(SendEmailInput.safeParse({ templateKey: "welcome", requestId: "0b7f6c1e-4a8d-4a52-9d7e-2f3b8a9c1d20" }).success).toBe(true);
  });
});

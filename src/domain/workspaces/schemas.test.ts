import { describe, expect, it } from "vitest";
import { ApiTokenInput, Email, InvitationAcceptInput, NewPassword, SetupInput, StaffInvitationInput } from "./schemas";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("people and invitations", () => {
  it("keeps email addresses in lower case, so one person is one account", () => {
    expect(Email.parse("Ada.Lovelace@Example.COM")).toBe("ada.lovelace@example.com");
    expect(messages(Email.safeParse("not-an-email"))).toEqual(["must be an email address"]);
  });

  it("asks for a password of 10 to 128 characters", () => {
    expect(messages(NewPassword.safeParse("short"))).toEqual(["use at least 10 characters"]);
    expect(NewPassword.safeParse("long-enough-1").success).toBe(true);
    expect(messages(NewPassword.safeParse("x".repeat(129)))).toEqual(["use at most 128 characters"]);
  });

  it("refuses a staff invitation with an unknown role or an extra field", () => {
    expect(StaffInvitationInput.safeParse({ email: "a@b.test", role: "superuser" }).success).toBe(false);
    expect(StaffInvitationInput.safeParse({ email: "a@b.test", role: "viewer", admin: true }).success).toBe(false);
    expect(StaffInvitationInput.parse({ email: "A@B.test", role: "viewer" })).toEqual({ email: "a@b.test", role: "viewer" });
  });

  it("needs a name to accept an invitation; the password may be left out", () => {
    expect(messages(InvitationAcceptInput.safeParse({ token: "t".repeat(43), name: "  " }))).toEqual(["tell us your name"]);
    expect(InvitationAcceptInput.parse({ token: "t".repeat(43), name: " Ada " })).toEqual({ token: "t".repeat(43), name: "Ada" });
  });
});

describe("first-run setup and API tokens", () => {
  it("accepts a workspace address of lowercase letters, digits and dashes only", () => {
    const base = { workspaceName: "Acme", name: "Ada", email: "ada@acme.test", password: "long-enough-1" };
    expect(SetupInput.safeParse({ ...base, workspaceSlug: "acme-cloud" }).success).toBe(true);
    expect(messages(SetupInput.safeParse({ ...base, workspaceSlug: "Acme Cloud" }))).toEqual(["use 1–48 lowercase letters, digits and dashes"]);
    expect(SetupInput.safeParse({ ...base, workspaceSlug: "-acme" }).success).toBe(false);
  });

  it("gives a token 90 days unless told otherwise, and at least one scope", () => {
    expect(ApiTokenInput.parse({ name: "CRM sync", scopes: ["partners:read"] }).expiresInDays).toBe(90);
    expect(messages(ApiTokenInput.safeParse({ name: "CRM sync", scopes: [] }))).toEqual(["choose at least one scope"]);
    expect(ApiTokenInput.parse({ name: "forever", scopes: ["audit:read"], expiresInDays: null }).expiresInDays).toBeNull();
  });
});

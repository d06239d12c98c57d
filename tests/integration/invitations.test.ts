import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Partner, PartnerPeople, PendingInvitation } from "../../src/domain/partners/schemas";
import { InvitationPreview, Me, StaffDirectory, StaffInvitation } from "../../src/domain/workspaces/schemas";
import { invitations, user } from "../../src/server/db/schema";
import { hashSecret } from "../../src/server/ids";
import { createInvitation } from "../../src/server/modules/invitations/service";
import type { World } from "../factories/world";
import { bodyOf, errorPaths, problemOf } from "../support/http";
import { invitationTokenIn, lastMailTo, linkIn, mailsTo } from "../support/mail";
import { call, cookieHeader, createTestWorld, signIn, testOrigin, testPassword, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let owner: string;
const Accepted = z.object({ redirectTo: z.string() });
const Portal = z.object({ partner: Partner, people: PartnerPeople, me: z.object({ userId: z.string(), role: z.string() }) });
const day = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestWorld();
  owner = await signIn(t.app, t.world.staff.owner.email);
});
afterAll(() => t.close());
// Tests that move the clock put it back, so that later tests start from real time.
afterEach(() => t.clock.set(new Date()));

async function inviteStaff(email: string, role: string) {
  const response = await call(t.app, { method: "POST", url: "/api/w/acme/invitations", cookie: owner, body: { email, role } });
  expect(response.statusCode).toBe(201);
  const invitation = bodyOf(StaffInvitation, response);
  return { invitation, token: invitationTokenIn((await lastMailTo(t.ctx.db, email)).textBody), raw: response.body };
}

const accept = (body: object) => call(t.app, { method: "POST", url: "/api/auth/invitation/accept", body });
const preview = (token: string) => call(t.app, { method: "GET", url: `/api/invitations/${token}` });

describe("staff invitations", () => {
  it("writes the invitation email into the outbox with an /invite/<token> link whose secret is stored only as a hash", async () => {
    const { invitation, token, raw } = await inviteStaff("nina@acme.test", "partner_manager");
    const mail = await lastMailTo(t.ctx.db, "nina@acme.test");
    expect(mail).toMatchObject({ dedupeKey: `invitation:${invitation.id}`, status: "pending", subject: "Olga Owner invited you to Acme Cloud on Accord" });
    expect(linkIn(mail.textBody, "/invite/").href).toBe(`${testOrigin}/invite/${token}`);
    expect(mail.htmlBody).toContain(`href="${testOrigin}/invite/${token}"`);
    const [row] = await t.ctx.db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row?.tokenHash).toBe(hashSecret(token));
    expect(raw).not.toContain(token);
  });

  it("drops the invitation email when the change that caused it rolls back", async () => {
    const target = { workspace: { id: t.world.acme.id, name: "Acme Cloud" }, email: "rolled.back@acme.test", role: "viewer", inviter: { userId: t.world.staff.owner.id, name: "Olga Owner" } };
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await createInvitation(t.ctx, tx, target);
        throw new Error("the change failed after the invitation was written");
      }),
    ).rejects.toThrow("the change failed");
    expect(await mailsTo(t.ctx.db, "rolled.back@acme.test")).toEqual([]);
    expect(await t.ctx.db.select().from(invitations).where(eq(invitations.email, "rolled.back@acme.test"))).toEqual([]);
  });

  it("previews the link, then accepting it signs the person in with the invited role", async () => {
    const { token } = await inviteStaff("omar@acme.test", "partner_manager");
    const shown = await preview(token);
    expect(shown.statusCode).toBe(200);
    expect(bodyOf(InvitationPreview, shown)).toEqual({ email: "omar@acme.test", workspaceName: "Acme Cloud", partnerName: null, role: "partner_manager", existingUser: false, passwordRequired: true });

    const accepted = await accept({ token, name: "Omar New", password: "omars-password-1" });
    expect(accepted.statusCode).toBe(200);
    expect(bodyOf(Accepted, accepted)).toEqual({ redirectTo: "/w/acme" });
    const me = await call(t.app, { method: "GET", url: "/api/me", cookie: cookieHeader(accepted) });
    expect(me.statusCode).toBe(200);
    const body = bodyOf(Me, me);
    expect(body.user).toMatchObject({ name: "Omar New", email: "omar@acme.test" });
    expect(body.memberships).toEqual([expect.objectContaining({ kind: "staff", role: "partner_manager", workspace: expect.objectContaining({ slug: "acme" }) })]);
    await expect(signIn(t.app, "omar@acme.test", "omars-password-1")).resolves.toContain("session_token");
  });

  it("refuses an invitation link the second time with a message that says what to do", async () => {
    const { token } = await inviteStaff("twice@acme.test", "viewer");
    expect((await accept({ token, name: "Tess Twice", password: "tess-password-1" })).statusCode).toBe(200);
    const again = await accept({ token, name: "Mallory", password: "other-password-1" });
    expect(again.statusCode).toBe(404);
    expect(problemOf(again).detail).toMatch(/no longer valid.*Ask the person who invited you for a new one/);
    expect((await preview(token)).statusCode).toBe(404);
  });

  it("revokes the older link when the same person is invited again", async () => {
    const first = await inviteStaff("ria@acme.test", "viewer");
    const second = await inviteStaff("ria@acme.test", "admin");
    expect(await mailsTo(t.ctx.db, "ria@acme.test")).toHaveLength(2);
    expect((await preview(first.token)).statusCode).toBe(404);
    expect((await accept({ token: first.token, name: "Ria", password: "rias-password-1" })).statusCode).toBe(404);
    expect(bodyOf(InvitationPreview, await preview(second.token)).role).toBe("admin");
    const directory = bodyOf(StaffDirectory, await call(t.app, { method: "GET", url: "/api/w/acme/users", cookie: owner }));
    expect(directory.invitations.filter((i) => i.email === "ria@acme.test").map((i) => i.id)).toEqual([second.invitation.id]);
  });

  it("honours a link for seven days and refuses it once expired", async () => {
    const { token } = await inviteStaff("eve@acme.test", "viewer");
    t.clock.set(new Date(Date.now() + 6 * day));
    expect((await preview(token)).statusCode).toBe(200);
    t.clock.set(new Date(Date.now() + 8 * day));
    const expired = await preview(token);
    expect(expired.statusCode).toBe(404);
    expect(problemOf(expired).detail).toContain("expired");
    expect((await accept({ token, name: "Eve Late", password: "eves-password-1" })).statusCode).toBe(404);
  });

  it("asks a new staff member for a password, naming the field, and keeps the link usable", async () => {
    const { token } = await inviteStaff("pat@acme.test", "viewer");
    const refused = await accept({ token, name: "Pat Nopass" });
    expect(refused.statusCode).toBe(400);
    expect(errorPaths(problemOf(refused))).toContain("password");
    expect(cookieHeader(refused)).not.toContain("session_token");
    expect(await t.ctx.db.select().from(user).where(eq(user.email, "pat@acme.test"))).toEqual([]);
    expect((await preview(token)).statusCode).toBe(200);
  });
});

describe("partner invitations", () => {
  const partnerA = () => t.world.partners.a;

  it("lets an invited partner user in without a password and shows the portal of their own partner only", async () => {
    const invited = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${partnerA()}/invitations`, cookie: owner, body: { email: "paula@alpha.test", role: "partner_member" } });
    expect(invited.statusCode).toBe(201);
    const mail = await lastMailTo(t.ctx.db, "paula@alpha.test");
    expect(mail.subject).toBe("Your Alpha Resellers portal with Acme Cloud");
    const token = invitationTokenIn(mail.textBody);
    expect(bodyOf(InvitationPreview, await preview(token))).toMatchObject({ partnerName: "Alpha Resellers", passwordRequired: false });

    const accepted = await accept({ token, name: "Paula Alpha" });
    expect(accepted.statusCode).toBe(200);
    expect(bodyOf(Accepted, accepted)).toEqual({ redirectTo: "/w/acme/portal" });
    const cookie = cookieHeader(accepted);
    const portal = await call(t.app, { method: "GET", url: "/api/w/acme/portal", cookie });
    expect(portal.statusCode).toBe(200);
    const body = bodyOf(Portal, portal);
    expect(body.partner).toMatchObject({ id: partnerA(), name: "Alpha Resellers" });
    expect(body.me.role).toBe("partner_member");
    expect(body.people.members.map((m) => m.email).sort()).toEqual(["aaron@alpha.test", "alice@alpha.test", "paula@alpha.test"]);
    expect((await call(t.app, { method: "GET", url: `/api/w/acme/partners/${t.world.partners.b}`, cookie })).statusCode).toBe(404);
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/partners", cookie })).statusCode).toBe(403);
  });

  it("lets a partner admin invite a colleague, always as partner member", async () => {
    const alice = await signIn(t.app, t.world.partnerUsers.aAdmin.email);
    const invited = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${partnerA()}/invitations`, cookie: alice, body: { email: "carl@alpha.test", role: "partner_admin" } });
    expect(invited.statusCode).toBe(201);
    const pending = bodyOf(PendingInvitation, invited);
    expect(pending.role).toBe("partner_member");
    const [row] = await t.ctx.db.select().from(invitations).where(eq(invitations.id, pending.id));
    expect(row).toMatchObject({ role: "partner_member", partnerId: partnerA(), kind: "partner" });
    const elsewhere = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${t.world.partners.b}/invitations`, cookie: alice, body: { email: "spy@alpha.test" } });
    expect(elsewhere.statusCode).toBe(404);
  });

  it("lets a partner admin remove a colleague, whose portal access ends at once", async () => {
    const alice = await signIn(t.app, t.world.partnerUsers.aAdmin.email);
    const aaron = await signIn(t.app, t.world.partnerUsers.aMember.email);
    const byMember = await call(t.app, { method: "DELETE", url: `/api/w/acme/partners/${partnerA()}/members/${t.world.partnerUsers.aAdmin.id}`, cookie: aaron });
    expect(byMember.statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/portal", cookie: aaron })).statusCode).toBe(200);

    const removed = await call(t.app, { method: "DELETE", url: `/api/w/acme/partners/${partnerA()}/members/${t.world.partnerUsers.aMember.id}`, cookie: alice });
    expect(removed.statusCode).toBe(200);
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/portal", cookie: aaron })).statusCode).toBe(404);
    const people = bodyOf(PartnerPeople, await call(t.app, { method: "GET", url: `/api/w/acme/partners/${partnerA()}/people`, cookie: alice }));
    expect(people.members.map((m) => m.email)).not.toContain("aaron@alpha.test");
  });
});

describe("magic links and password resets", () => {
  it("sends a magic link through the outbox that signs the person in once", async () => {
    const email = t.world.staff.viewer.email;
    const asked = await call(t.app, { method: "POST", url: "/api/auth/sign-in/magic-link", body: { email, callbackURL: "/" } });
    expect(asked.statusCode).toBe(200);
    const mail = await lastMailTo(t.ctx.db, email);
    expect(mail.subject).toBe("Your sign-in link for Accord");
    const link = linkIn(mail.textBody, "/api/auth/magic-link/verify");
    expect(link.origin).toBe(testOrigin);

    const followed = await t.app.inject({ method: "GET", url: `${link.pathname}${link.search}` });
    expect(followed.statusCode).toBe(302);
    expect(followed.headers.location).toBe(`${testOrigin}/`);
    const me = await call(t.app, { method: "GET", url: "/api/me", cookie: cookieHeader(followed) });
    expect(bodyOf(Me, me).user.email).toBe(email);

    const reused = await t.app.inject({ method: "GET", url: `${link.pathname}${link.search}` });
    expect(reused.headers.location).toContain("error=INVALID_TOKEN");
    expect(cookieHeader(reused)).not.toContain("session_token");
  });

  it("answers a magic-link request for an unknown address the same way, and mails nobody", async () => {
    const stranger = "stranger@nowhere.test";
    const asked = await call(t.app, { method: "POST", url: "/api/auth/sign-in/magic-link", body: { email: stranger, callbackURL: "/" } });
    expect(asked.statusCode).toBe(200);
    expect(await mailsTo(t.ctx.db, stranger)).toEqual([]);
  });

  it("resets a password through an emailed link and ends the old sessions", async () => {
    const email = t.world.staff.interviewer.email;
    const oldSession = await signIn(t.app, email);
    const asked = await call(t.app, { method: "POST", url: "/api/auth/request-password-reset", body: { email } });
    expect(asked.statusCode).toBe(200);
    const mail = await lastMailTo(t.ctx.db, email);
    expect(mail.subject).toBe("Reset your Accord password");
    const link = linkIn(mail.textBody, "/reset-password?token=");
    expect(`${link.origin}${link.pathname}`).toBe(`${testOrigin}/reset-password`);
    const token = link.searchParams.get("token");
    if (!token) throw new Error("the reset link carries no token");

    const reset = await call(t.app, { method: "POST", url: "/api/auth/reset-password", body: { newPassword: "a-brand-new-password", token } });
    expect(reset.statusCode).toBe(200);
    const withOld = await call(t.app, { method: "POST", url: "/api/auth/sign-in/email", body: { email, password: testPassword } });
    expect(withOld.statusCode).toBe(401);
    await expect(signIn(t.app, email, "a-brand-new-password")).resolves.toContain("session_token");
    expect((await call(t.app, { method: "GET", url: "/api/me", cookie: oldSession })).statusCode).toBe(401);
    const reused = await call(t.app, { method: "POST", url: "/api/auth/reset-password", body: { newPassword: "yet-another-password", token } });
    expect(reused.statusCode).toBe(400);
  });
});

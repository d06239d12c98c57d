import { describe, expect, it } from "vitest";
import type { Actor } from "../access/roles";
import { holdsRole, mayCompleteStep, type StepForAccess } from "./step-access";

const ws = "ws";
const owner: Actor = { kind: "staff", userId: "owner-1", workspaceId: ws, role: "owner" };
const admin: Actor = { kind: "staff", userId: "admin-1", workspaceId: ws, role: "admin" };
const manager: Actor = { kind: "staff", userId: "mgr-1", workspaceId: ws, role: "partner_manager" };
const teamManager: Actor = { kind: "staff", userId: "mgr-team", workspaceId: ws, role: "partner_manager" };
const otherManager: Actor = { kind: "staff", userId: "mgr-2", workspaceId: ws, role: "partner_manager" };
const partnerAdmin: Actor = { kind: "partner", userId: "pa-1", workspaceId: ws, role: "partner_admin", partnerId: "p" };
const partnerMember: Actor = { kind: "partner", userId: "pm-1", workspaceId: ws, role: "partner_member", partnerId: "p" };
const care = { ownerUserId: "mgr-1", teamUserIds: ["mgr-team"] };
const task = (extra: Partial<StepForAccess> = {}): StepForAccess => ({ kind: "task", ownerRole: "partner:admin", ownerUserId: "pa-1", visibility: "shared", ...extra });

describe("who may complete a step", () => {
  it("lets staff who manage the partner complete ordinary steps, also on the partner's behalf", () => {
    expect(mayCompleteStep(manager, task(), care)).toBe(true);
    expect(mayCompleteStep(manager, task({ ownerRole: "host:manager", visibility: "internal" }), care)).toBe(true);
  });

  it("never lets anyone complete a milestone by hand", () => {
    for (const actor of [owner, manager, partnerAdmin]) expect(mayCompleteStep(actor, task({ kind: "milestone" }), care)).toBe(false);
  });

  it("lets only the approver role pass an approval gate", () => {
    const gate = task({ kind: "approval_gate", ownerRole: "host:manager", approver: "host:admin", visibility: "internal" });
    expect(mayCompleteStep(manager, gate, care)).toBe(false);
    expect(mayCompleteStep(admin, gate, care)).toBe(true);
    expect(mayCompleteStep(owner, gate, care)).toBe(true);
    const partnerGate = task({ kind: "approval_gate", approver: "partner:admin" });
    expect(mayCompleteStep(partnerAdmin, partnerGate, care)).toBe(true);
    expect(mayCompleteStep(partnerMember, partnerGate, care)).toBe(false);
  });

  it("falls back to the owner role for a gate without an approver", () => {
    expect(mayCompleteStep(teamManager, task({ kind: "approval_gate", ownerRole: "host:manager", approver: undefined }), care)).toBe(true);
    expect(mayCompleteStep(otherManager, task({ kind: "approval_gate", ownerRole: "host:manager", approver: undefined }), care)).toBe(false);
  });

  it("keeps partner users to shared, partner-side steps", () => {
    expect(mayCompleteStep(partnerAdmin, task({ visibility: "internal" }), care)).toBe(false);
    expect(mayCompleteStep(partnerAdmin, task({ ownerRole: "host:manager" }), care)).toBe(false);
    expect(mayCompleteStep(partnerAdmin, task({ ownerRole: "partner:member", ownerUserId: "pm-1" }), care)).toBe(true);
  });

  it("lets a partner member act on steps given to them or to members, not on the admin's", () => {
    expect(mayCompleteStep(partnerMember, task(), care)).toBe(false);
    expect(mayCompleteStep(partnerMember, task({ ownerUserId: "pm-1" }), care)).toBe(true);
    expect(mayCompleteStep(partnerMember, task({ ownerRole: "partner:member", ownerUserId: null }), care)).toBe(true);
  });
});

describe("holding an owner role", () => {
  it("gives host roles by rank and the manager role to the partner's owner and team", () => {
    expect(holdsRole(owner, "host:owner", care)).toBe(true);
    expect(holdsRole(admin, "host:owner", care)).toBe(false);
    expect(holdsRole(admin, "host:manager", care)).toBe(true);
    expect(holdsRole(teamManager, "host:manager", care)).toBe(true);
    expect(holdsRole(otherManager, "host:manager", care)).toBe(false);
    expect(holdsRole(manager, "partner:admin", care)).toBe(false);
  });

  it("gives partner roles to partner users only", () => {
    expect(holdsRole(partnerAdmin, "partner:member", care)).toBe(true);
    expect(holdsRole(partnerMember, "partner:admin", care)).toBe(false);
    expect(holdsRole(partnerAdmin, "host:manager", care)).toBe(false);
  });
});

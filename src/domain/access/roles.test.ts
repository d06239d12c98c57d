import { describe, expect, it } from "vitest";
import { isWorkspaceAction, scopeFor } from "./actions";
import { roleLabel } from "./labels";
import { canAssignRole, knownScopes } from "./roles";

describe("who may hand out which role", () => {
  it("lets an owner give and take every role, the owner role included", () => {
    expect(canAssignRole("owner", "owner")).toBe(true);
    expect(canAssignRole("owner", "viewer", "owner")).toBe(true);
  });

  it("lets an admin hand out every role but owner, and never touch an owner", () => {
    expect(canAssignRole("admin", "admin")).toBe(true);
    expect(canAssignRole("admin", "partner_manager", "viewer")).toBe(true);
    expect(canAssignRole("admin", "owner")).toBe(false);
    expect(canAssignRole("admin", "viewer", "owner")).toBe(false);
  });

  it("gives no one else the right to change roles", () => {
    for (const role of ["partner_manager", "interviewer", "viewer"] as const) {
      expect(canAssignRole(role, "viewer")).toBe(false);
    }
  });
});

describe("actions and token scopes", () => {
  it("knows the declared workspace actions and nothing else", () => {
    expect(isWorkspaceAction("partner.read")).toBe(true);
    expect(isWorkspaceAction("partner.delete_everything")).toBe(false);
    expect(isWorkspaceAction("toString")).toBe(false);
  });

  it("names the scope a token needs, or none when tokens may never do it", () => {
    expect(scopeFor("partner.create")).toBe("partners:write");
    expect(scopeFor("workspace.read")).toBe("any");
    expect(scopeFor("tokens.manage")).toBeNull();
  });
});

describe("role names in emails", () => {
  it("writes a role as a person would say it, and leaves an unknown one as it is", () => {
    expect(roleLabel("partner_manager")).toBe("Partner manager");
    expect(roleLabel("auditor")).toBe("auditor");
  });
});

describe("stored token scopes", () => {
  it("keeps the scopes this version knows and drops a retired one", () => {
    expect(knownScopes(["partners:read", "deals:write", "audit:read"])).toEqual(["partners:read", "audit:read"]);
  });
});

import type { TokenScope } from "../../../domain/access/roles";

/** Scopes contain ":", which i18next reads as a namespace separator, so they map to plain keys. */
export const scopeLabelKeys = {
  "partners:read": "tokens.scopeLabels.partnersRead",
  "partners:write": "tokens.scopeLabels.partnersWrite",
  "users:read": "tokens.scopeLabels.usersRead",
  "users:write": "tokens.scopeLabels.usersWrite",
  "audit:read": "tokens.scopeLabels.auditRead",
  "journeys:read": "tokens.scopeLabels.journeysRead",
  "journeys:write": "tokens.scopeLabels.journeysWrite",
  "events:write": "tokens.scopeLabels.eventsWrite",
  "recruiting:read": "tokens.scopeLabels.recruitingRead",
  "recruiting:write": "tokens.scopeLabels.recruitingWrite",
  "relationship:read": "tokens.scopeLabels.relationshipRead",
  "relationship:write": "tokens.scopeLabels.relationshipWrite",
} as const satisfies Record<TokenScope, string>;

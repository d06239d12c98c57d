import type { Partner } from "../../../domain/partners/schemas";

/** The fields of a partner the audit log records, flat and comparable. */
export function partnerSnapshot(p: Partner): Record<string, string | null> {
  return {
    name: p.name,
    type: p.type.name,
    tier: p.tier?.name ?? null,
    country: p.country,
    timeZone: p.timeZone,
    website: p.website,
    owner: p.owner?.email ?? null,
    program: p.program?.name ?? null,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    stage: p.stage,
  };
}

/** Only what changed, or null when nothing did. */
export function snapshotDiff(before: Record<string, string | null>, after: Record<string, string | null>) {
  const changed = Object.keys(after).filter((key) => before[key] !== after[key]);
  if (changed.length === 0) return null;
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}

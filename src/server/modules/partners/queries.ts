import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { LifecycleStage } from "../../../domain/partners/lifecycle";
import type { PartnerListQuery } from "../../../domain/partners/schemas";
import type { DbOrTx } from "../../db/client";
import { partnerTeam, partnerTiers, partnerTypes, partners, user } from "../../db/schema";

const owner = alias(user, "owner");

/** The columns every partner answer is built from, with type, tier and owner joined in. */
export const partnerColumns = {
  id: partners.id,
  name: partners.name,
  typeId: partnerTypes.id,
  typeName: partnerTypes.name,
  tierId: partnerTiers.id,
  tierName: partnerTiers.name,
  country: partners.country,
  timeZone: partners.timeZone,
  website: partners.website,
  ownerId: owner.id,
  ownerName: owner.name,
  ownerEmail: owner.email,
  stage: partners.stage,
  stageChangedAt: partners.stageChangedAt,
  version: partners.version,
  createdAt: partners.createdAt,
  updatedAt: partners.updatedAt,
};

export function selectPartners(db: DbOrTx) {
  return db
    .select(partnerColumns)
    .from(partners)
    .innerJoin(partnerTypes, eq(partnerTypes.id, partners.typeId))
    .leftJoin(partnerTiers, eq(partnerTiers.id, partners.tierId))
    .leftJoin(owner, eq(owner.id, partners.ownerUserId));
}

/**
 * One page of partners. The page's ids are chosen on the partners table alone (filters and sort
 * keys all live there, so an index serves them), and only those rows are joined with type, tier
 * and owner: a deep page does not join thousands of rows it then skips.
 */
export function selectPartnerPage(db: DbOrTx, where: SQL, sort: PartnerListQuery["sort"], limit: number, offset: number) {
  const page = db.select({ pageId: partners.id }).from(partners).where(where).orderBy(...partnerOrder(sort)).limit(limit).offset(offset).as("page");
  return selectPartners(db)
    .innerJoin(page, eq(page.pageId, partners.id))
    .orderBy(...partnerOrder(sort));
}

export type PartnerRow = Awaited<ReturnType<ReturnType<typeof selectPartners>["execute"]>>[number];

/** Escapes LIKE wildcards so that a search for "50%" finds "50%", not everything. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function partnerFilters(workspaceId: string, query: PartnerListQuery): SQL {
  const conditions: (SQL | undefined)[] = [eq(partners.workspaceId, workspaceId)];
  if (query.q) {
    const pattern = likePattern(query.q.toLowerCase());
    conditions.push(sql`lower(${partners.name} || ' ' || coalesce(${partners.website}, '')) like ${pattern}`);
  }
  if (query.stage) conditions.push(inArray(partners.stage, Array.isArray(query.stage) ? query.stage : [query.stage]));
  if (query.typeId) conditions.push(eq(partners.typeId, query.typeId));
  if (query.tierId) conditions.push(eq(partners.tierId, query.tierId));
  if (query.ownerUserId === "none") conditions.push(sql`${partners.ownerUserId} is null`);
  else if (query.ownerUserId) conditions.push(eq(partners.ownerUserId, query.ownerUserId));
  return and(...conditions) ?? sql`true`;
}

const stageOrder = sql`array_position(array['applicant','screening','interviewing','decision','contracting','onboarding','active','offboarding','exited','declined']::text[], ${partners.stage})`;

export function partnerOrder(sort: PartnerListQuery["sort"]): SQL[] {
  const direction = sort.startsWith("-") ? desc : asc;
  const key = sort.replace(/^-/, "");
  const tiebreak = [asc(sql`lower(${partners.name})`), asc(partners.id)];
  switch (key) {
    case "stage":
      return [direction(stageOrder), ...tiebreak];
    // The id breaks ties in the same direction, so one index serves both the order and the page.
    case "updated":
      return [direction(partners.updatedAt), direction(partners.id)];
    case "created":
      return [direction(partners.createdAt), direction(partners.id)];
    default:
      return [direction(sql`lower(${partners.name})`), direction(partners.id)];
  }
}

export async function teamOf(db: DbOrTx, partnerId: string): Promise<string[]> {
  const rows = await db.select({ userId: partnerTeam.userId }).from(partnerTeam).where(eq(partnerTeam.partnerId, partnerId));
  return rows.map((r) => r.userId);
}

export function toPartner(row: PartnerRow) {
  return {
    id: row.id,
    name: row.name,
    type: { id: row.typeId, name: row.typeName },
    tier: row.tierId && row.tierName ? { id: row.tierId, name: row.tierName } : null,
    country: row.country,
    timeZone: row.timeZone,
    website: row.website,
    owner: row.ownerId && row.ownerName !== null && row.ownerEmail !== null ? { id: row.ownerId, name: row.ownerName, email: row.ownerEmail } : null,
    stage: stageOf(row.stage),
    stageChangedAt: row.stageChangedAt.toISOString(),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function stageOf(value: string): LifecycleStage {
  return LifecycleStage.parse(value);
}

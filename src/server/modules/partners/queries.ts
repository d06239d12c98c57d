import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { LifecycleStage } from "../../../domain/partners/lifecycle";
import type { PartnerListQuery } from "../../../domain/partners/schemas";
import type { DbOrTx } from "../../db/client";
import { partnerTeam, partnerTiers, partnerTypes, partners, programs, user } from "../../db/schema";

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
  programId: programs.id,
  programName: programs.name,
  contactName: partners.contactName,
  contactEmail: partners.contactEmail,
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
    .leftJoin(owner, eq(owner.id, partners.ownerUserId))
    .leftJoin(programs, eq(programs.id, partners.programId));
}

/** The list's filters with placeholders; which filters are present decides the statement's shape. */
export function partnerFilterShape(query: PartnerListQuery) {
  const stages = query.stage === undefined ? [] : Array.isArray(query.stage) ? query.stage : [query.stage];
  const params: Record<string, string | number> = {};
  const conditions: (SQL | undefined)[] = [eq(partners.workspaceId, sql.placeholder("ws"))];
  const key: string[] = [query.sort];
  if (query.q) {
    params.pattern = likePattern(query.q.toLowerCase());
    conditions.push(sql`lower(${partners.name} || ' ' || coalesce(${partners.website}, '')) like ${sql.placeholder("pattern")}`);
    key.push("q");
  }
  if (stages.length > 0) {
    stages.forEach((stage, i) => (params[`stage${i}`] = stage));
    conditions.push(inArray(partners.stage, stages.map((_, i) => sql.placeholder(`stage${i}`))));
    key.push(`stages${stages.length}`);
  }
  if (query.typeId) {
    params.typeId = query.typeId;
    conditions.push(eq(partners.typeId, sql.placeholder("typeId")));
    key.push("type");
  }
  if (query.tierId) {
    params.tierId = query.tierId;
    conditions.push(eq(partners.tierId, sql.placeholder("tierId")));
    key.push("tier");
  }
  if (query.programId) {
    params.programId = query.programId;
    conditions.push(eq(partners.programId, sql.placeholder("programId")));
    key.push("program");
  }
  if (query.ownerUserId === "none") {
    conditions.push(sql`${partners.ownerUserId} is null`);
    key.push("unowned");
  } else if (query.ownerUserId) {
    params.ownerUserId = query.ownerUserId;
    conditions.push(eq(partners.ownerUserId, sql.placeholder("ownerUserId")));
    key.push("owner");
  }
  return { key: key.join("|"), where: and(...conditions) ?? sql`true`, params };
}

/**
 * One page of partners and the count of all that match, in one statement. The page's ids are
 * chosen on the partners table alone (filters and sort keys all live there, so an index serves
 * them) with the match count as a window over the same scan; only those rows are joined with
 * type, tier and owner, so a deep page does not join thousands of rows it then skips.
 */
function buildPartnerPage(db: DbOrTx, where: SQL, sort: PartnerListQuery["sort"]) {
  const page = db
    .select({ pageId: partners.id, matching: sql<number>`count(*) over ()`.mapWith(Number).as("matching") })
    .from(partners)
    .where(where)
    .orderBy(...partnerOrder(sort))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .as("page");
  return db
    .select({ ...partnerColumns, matching: page.matching })
    .from(partners)
    .innerJoin(page, eq(page.pageId, partners.id))
    .innerJoin(partnerTypes, eq(partnerTypes.id, partners.typeId))
    .leftJoin(partnerTiers, eq(partnerTiers.id, partners.tierId))
    .leftJoin(owner, eq(owner.id, partners.ownerUserId))
    .leftJoin(programs, eq(programs.id, partners.programId))
    .orderBy(...partnerOrder(sort));
}

/**
 * The list runs on every keystroke of a search, so each shape of its statements is built and
 * prepared once per database handle and then only executed with new values.
 */
class StatementCache<T> {
  private readonly byDb = new WeakMap<DbOrTx, Map<string, T>>();
  constructor(private readonly prefix: string) {}

  get(db: DbOrTx, key: string, build: (name: string) => T): T {
    let cache = this.byDb.get(db);
    if (!cache) {
      cache = new Map();
      this.byDb.set(db, cache);
    }
    let statement = cache.get(key);
    if (!statement) {
      statement = build(`${this.prefix}_${cache.size + 1}`);
      cache.set(key, statement);
    }
    return statement;
  }
}

const buildPartnerCount = (db: DbOrTx, where: SQL) => db.select({ n: count() }).from(partners).where(where);
const pageStatements = new StatementCache<ReturnType<ReturnType<typeof buildPartnerPage>["prepare"]>>("partner_page");
const countStatements = new StatementCache<ReturnType<ReturnType<typeof buildPartnerCount>["prepare"]>>("partner_count");

export function executePartnerPage(db: DbOrTx, workspaceId: string, query: PartnerListQuery) {
  const shape = partnerFilterShape(query);
  const statement = pageStatements.get(db, shape.key, (name) => buildPartnerPage(db, shape.where, query.sort).prepare(name));
  return statement.execute({ ...shape.params, ws: workspaceId, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
}

export async function countPartners(db: DbOrTx, workspaceId: string, query: PartnerListQuery): Promise<number> {
  const shape = partnerFilterShape(query);
  const statement = countStatements.get(db, shape.key, (name) => buildPartnerCount(db, shape.where).prepare(name));
  const [row] = await statement.execute({ ...shape.params, ws: workspaceId });
  return row?.n ?? 0;
}

export type PartnerRow = Awaited<ReturnType<ReturnType<typeof selectPartners>["execute"]>>[number];

/** Escapes LIKE wildcards so that a search for "50%" finds "50%", not everything. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
    case "inStage":
      return [direction(partners.stageChangedAt), direction(partners.id)];
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
    program: row.programId && row.programName !== null ? { id: row.programId, name: row.programName } : null,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
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

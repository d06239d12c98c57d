import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * `column = any('{…}'::type[])`: a list of ids as ONE bound parameter. Drizzle's inArray binds
 * one parameter per value, and building, sending and planning a statement with a thousand of
 * them cost a sweep more than the query itself.
 */
export function inIdList(column: AnyColumn, ids: readonly string[], type: "uuid" | "text"): SQL {
  const literal = `{${ids.map((id) => `"${id.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
  return type === "uuid" ? sql`${column} = any(${literal}::uuid[])` : sql`${column} = any(${literal}::text[])`;
}

import type { LightMyRequestResponse } from "fastify";
import type { World } from "../../factories/world";
import type { TestApp } from "../../support/test-app";

/*
 * What the rows of the authorization matrix are written with. The table is split by area (one
 * file per module under this folder) so each module declares its own routes' expected answers;
 * `authorization-matrix.test.ts` merges them and runs every cell.
 */

export const callers = ["anon", "owner", "admin", "manager", "manager2", "interviewer", "viewer", "aAdmin", "aMember", "bAdmin", "globex", "readToken", "revokedToken"] as const;
export type Caller = (typeof callers)[number];
export type Status = 200 | 201 | 204 | 400 | 401 | 403 | 404 | 409 | 413;
/** One status per caller, in the order of `callers`. */
export type Row = readonly [Status, Status, Status, Status, Status, Status, Status, Status, Status, Status, Status, Status, Status];

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Prepared {
  url: string;
  body?: object;
  /** Use a session of its own for this call (for calls that end the session they run in). */
  freshSession?: boolean;
}
export interface RouteSpec {
  expect: Row;
  prepare?: (caller: Caller) => Promise<Prepared> | Prepared;
  /** The secret in the URL or body is the permission (an invitation link): the answer is the same for every caller. */
  capability?: true;
}

/** Handed to each area's rows; every function is usable once the matrix's `beforeAll` has run. */
export interface MatrixKit {
  app(): TestApp & { world: World };
  world(): World;
  /** A request as `caller` would send it (JSON, our origin, an address of its own). */
  send(method: Method, url: string, auth: { cookie?: string; token?: string }, body?: object): Promise<LightMyRequestResponse>;
  /** A setup call as the workspace owner; throws unless it succeeds. */
  asOwner(method: Method, url: string, body?: object): Promise<LightMyRequestResponse>;
  /** A number never handed out before in this run, for unique names. */
  next(): number;
  /** `/api/w/acme/partners/<partner A>` */
  partnerAUrl(): string;
}

/** Rows of one area of the matrix. */
export type AreaRows = (kit: MatrixKit) => Record<string, RouteSpec>;

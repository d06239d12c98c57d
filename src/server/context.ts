import type { FastifyBaseLogger as Logger } from "fastify";
import type { Clock } from "./clock";
import type { Config } from "./config";
import type { Database, Db } from "./db/client";

/** What every module's routes and services are built with. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  log: Logger;
}

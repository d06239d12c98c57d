import { desc, eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { buildApp } from "../../../src/server/app";
import { AdjustableClock } from "../../../src/server/clock";
import { loadConfig } from "../../../src/server/config";
import type { AppContext } from "../../../src/server/context";
import { outbox } from "../../../src/server/db/schema";
import { buildWorld, type World } from "../../factories/world";
import { testPasswordHash } from "../../support/test-app";
import { launchBrowser } from "./browser";
import { createTestDatabase } from "../../support/test-database";
import { freePort } from "../../support/free-port";

export interface RunningServer {
  url: string;
  ctx: AppContext;
  world: World;
  clock: AdjustableClock;
  /** The newest email to an address, read from the outbox as the SMTP worker would send it. */
  lastEmailTo(address: string): Promise<{ subject: string; text: string; link: string | null }>;
  close(): Promise<void>;
}

/** The real server with the built web app, listening on a free port, on its own database. */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { database, dispose } = await createTestDatabase();
  const clock = new AdjustableClock();
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", PUBLIC_URL: url, PORT: String(port), SIGN_IN_LIMIT_PER_MINUTE: "1000" });
  const { app, ctx } = await buildApp({ config, database, clock });
  const world = await buildWorld(ctx, await testPasswordHash());
  await app.listen({ port, host: "127.0.0.1" });
  return {
    url,
    ctx,
    world,
    clock,
    lastEmailTo: async (address) => {
      const [message] = await ctx.db.select().from(outbox).where(eq(outbox.toAddress, address)).orderBy(desc(outbox.createdAt)).limit(1);
      if (!message) throw new Error(`no email to ${address} in the outbox`);
      const link = message.textBody.match(/https?:\/\/\S+/)?.[0] ?? null;
      return { subject: message.subject, text: message.textBody, link };
    },
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}

/** Starts the server and a browser before a file's tests and closes both after. */
export function useServerAndBrowser(hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void }) {
  const state: { server?: RunningServer; browser?: Browser } = {};
  hooks.beforeAll(async () => {
    state.server = await startServer();
    state.browser = await launchBrowser();
  });
  hooks.afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get server(): RunningServer {
      if (!state.server) throw new Error("the server is not started yet");
      return state.server;
    },
    get browser(): Browser {
      if (!state.browser) throw new Error("the browser is not started yet");
      return state.browser;
    },
  };
}

import type { FastifyBaseLogger as Logger } from "fastify";

/*
 * A job every server process runs on an interval (the timer sweep, the health refresh): runs never
 * overlap (each waits for the one before), a failed run is logged and tried again at the next
 * interval, and `stop` waits for a running pass so shutdown never cuts a transaction short.
 */

export interface PeriodicJob {
  intervalMs: number;
  /** The first run waits this long (at most one interval), so start-up and the first requests go first. */
  firstDelayMs: number;
  log: Logger;
  /** What the log says when a run fails. */
  failure: string;
  /** One pass; `stopped` tells a long pass to finish early. */
  run: (stopped: () => boolean) => Promise<void>;
}

export function startPeriodicJob(job: PeriodicJob): { stop: () => Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    try {
      await job.run(() => stopped);
    } catch (error) {
      job.log.error({ err: error }, job.failure);
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, job.intervalMs);
  const first = setTimeout(() => {
    running = running.then(tick);
  }, Math.min(job.intervalMs, job.firstDelayMs));
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}

/** The one clock. Services and sweeps take time from it so that tests can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set; it advances with real time from the moment it was set, unless frozen. */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | null = null;
  now(): Date {
    return new Date(this.frozenAt ?? Date.now() + this.offsetMs);
  }
  set(to: Date): void {
    this.frozenAt = null;
    this.offsetMs = to.getTime() - Date.now();
  }
  /** Stops time at `to` (until the next `set`), for tests that compare exact instants. */
  freeze(to: Date): void {
    this.frozenAt = to.getTime();
  }
}

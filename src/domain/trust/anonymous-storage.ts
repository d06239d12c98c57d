/**
 * How anonymous answers are stored so that nobody — admins and database readers included — can
 * tie them to their author (R-F7). The full design is in README.md; in short:
 *
 * - a submission writes one "has answered" row (survey, user) — that alone enforces one answer
 *   per person — and one *pending* bundle of answers with no user id, in the same transaction;
 * - the pending bundle is still linkable for a while (same transaction id, close in time), so
 *   answers move to the results table only in batches of several people's bundles, split into
 *   one row per question and shuffled, in one transaction of their own;
 * - result rows carry no user id, no timestamp and a random (not time-ordered) id.
 *
 * What is here: the pure part of that move. Randomness is injected so tests are repeatable; the
 * server passes `crypto.randomInt`.
 */

/** Returns an integer in [0, bound). */
export type RandomIndex = (bound: number) => number;

export interface AnswerRow {
  readonly questionKey: string;
  readonly value: string | number;
}

/** One person's answers as submitted, without anything that says who. */
export interface PendingBundle {
  readonly answers: readonly AnswerRow[];
}

/** A copy in random order, so the position of a row says nothing. */
export function shuffled<T>(items: readonly T[], randomIndex: RandomIndex): T[] {
  // Drawing without replacement: quadratic, but a release holds a few hundred rows at most.
  const remaining = [...items];
  const result: T[] = [];
  while (remaining.length > 0) result.push(...remaining.splice(randomIndex(remaining.length), 1));
  return result;
}

export interface ReleasePlan {
  /** Rows to insert into the results table, in this order, in one transaction. */
  readonly release: readonly AnswerRow[];
  /** How many pending bundles the release used (the oldest ones); delete them in the same transaction. */
  readonly releasedBundles: number;
}

/**
 * Which pending bundles to release now: whole batches of `batchSize` only, so every release mixes
 * at least that many people. Rows are grouped by question (sorted by key) and shuffled within each
 * question, so neither the order nor the grouping of rows follows a person.
 */
export function planRelease(pending: readonly PendingBundle[], batchSize: number, randomIndex: RandomIndex): ReleasePlan {
  const size = Math.max(2, Math.floor(batchSize));
  const releasedBundles = Math.floor(pending.length / size) * size;
  const byQuestion = new Map<string, AnswerRow[]>();
  for (const bundle of pending.slice(0, releasedBundles)) {
    for (const row of bundle.answers) byQuestion.set(row.questionKey, [...(byQuestion.get(row.questionKey) ?? []), row]);
  }
  const groups = [...byQuestion.entries()].sort(([a], [b]) => a.localeCompare(b));
  return { release: groups.flatMap(([, rows]) => shuffled(rows, randomIndex)), releasedBundles };
}

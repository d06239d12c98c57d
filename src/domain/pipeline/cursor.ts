import { z } from "zod";

/*
 * A column pages by (stage_changed_at, id), newest move first. The cursor carries the last card's
 * time in microseconds as PostgreSQL stores it — a JavaScript Date keeps milliseconds only, and a
 * cursor rounded to them would skip cards moved within the same millisecond.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const microsecondTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export interface CursorPosition {
  /** ISO 8601 in UTC with six fractional digits. */
  at: string;
  id: string;
}

/** Readable on purpose (time~id): clients pass it back untouched, people debugging can read it. */
export function encodeCursor(position: CursorPosition): string {
  return `${position.at}~${position.id}`;
}

export function decodeCursor(cursor: string): CursorPosition | null {
  const [at, id, ...rest] = cursor.split("~");
  if (rest.length > 0 || !at || !id || !microsecondTime.test(at) || !uuid.test(id) || Number.isNaN(Date.parse(at))) return null;
  return { at, id: id.toLowerCase() };
}

/** A cursor in a query string, decoded, or a 400 that says what to do instead. */
export const BoardCursor = z.string().max(200).transform((value, context) => {
  const position = decodeCursor(value);
  if (!position) {
    context.addIssue({ code: "custom", message: "is not a cursor this board handed out; start again from the first page" });
    return z.NEVER;
  }
  return position;
});

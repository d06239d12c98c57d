import { describe, expect, it } from "vitest";
import { BoardCursor, decodeCursor, encodeCursor } from "./cursor";

const id = "6f1c0a52-8b0e-4c8f-9a52-0d0e9a7b1c11";

describe("board cursor", () => {
  it("round-trips a position with microseconds intact", () => {
    const position = { at: "2026-11-20T10:00:00.123401Z", id };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it("reads an id in any case as the same id", () => {
    expect(decodeCursor(`2026-11-20T10:00:00.123401Z~${id.toUpperCase()}`)?.id).toBe(id);
  });

  it.each([
    ["no separator", "2026-11-20T10:00:00.123401Z"],
    ["milliseconds only", `2026-11-20T10:00:00.123Z~${id}`],
    ["a date that does not exist", `2026-13-45T10:00:00.123401Z~${id}`],
    ["an id that is no UUID", "2026-11-20T10:00:00.123401Z~42"],
    ["a third part", `2026-11-20T10:00:00.123401Z~${id}~more`],
    ["nothing", ""],
  ])("refuses %s", (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });

  it("turns a foreign cursor in a query into a message that says what to do", () => {
    const result = BoardCursor.safeParse("yesterday");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("is not a cursor this board handed out; start again from the first page");
    expect(BoardCursor.parse(`2026-11-20T10:00:00.123401Z~${id}`)).toEqual({ at: "2026-11-20T10:00:00.123401Z", id });
  });
});

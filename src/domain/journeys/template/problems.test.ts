import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemsFromIssues } from "./problems";

function problems(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? [] : problemsFromIssues(result.error.issues, ["root"]);
}

describe("problemsFromIssues", () => {
  it("follows the union alternative whose only complaint is about a value", () => {
    const schema = z.union([z.string().min(5, "at least 5 characters"), z.number()], { error: "a word or a number" });
    expect(problems(schema, "abc")).toEqual([{ path: "root", message: "at least 5 characters" }]);
  });

  it("of several close alternatives, reports the first", () => {
    const schema = z.union([z.string().min(5, "at least 5 characters"), z.string().max(2, "at most 2 characters")]);
    expect(problems(schema, "abc")).toEqual([{ path: "root", message: "at least 5 characters" }]);
  });

  it("falls back to the union's own message when no alternative comes close", () => {
    const schema = z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.string() })], { error: "give a or b" });
    expect(problems(schema, { c: 1 })).toEqual([{ path: "root", message: "give a or b" }]);
  });

  it("prefixes the paths with the base it is given", () => {
    expect(problems(z.strictObject({ list: z.array(z.string()) }), { list: ["ok", 3] })).toEqual([{ path: "root.list.1", message: "must be a string, not number 3" }]);
  });
});

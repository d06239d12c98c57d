import { describe, expect, it } from "vitest";
import { StepFiles, UploadQuery } from "./schemas";

describe("file contracts", () => {
  it("needs a file name in the upload's query, trimmed", () => {
    expect(UploadQuery.parse({ fileName: " plan.pdf " })).toEqual({ fileName: "plan.pdf" });
    expect(UploadQuery.safeParse({}).error?.issues[0]?.path).toEqual(["fileName"]);
    expect(UploadQuery.safeParse({ fileName: " " }).error?.issues[0]?.message).toBe("name the file (?fileName=…)");
  });

  it("lists a step's files with the rules that apply, or none for steps that take no files", () => {
    const file = { id: "6f1c1b7e-3c1a-4c4e-9a57-2d6f5d1f0a11", stepId: null, fileName: "a.pdf", contentType: "application/pdf", sizeBytes: 3, sha256: "ab", uploadedBy: null, uploadedAt: "2026-03-01T10:00:00Z" };
    expect(StepFiles.parse({ files: [file], rules: null, canUpload: false }).files).toHaveLength(1);
    expect(StepFiles.safeParse({ files: [], rules: { accept: [".pdf"], maxFiles: 1 }, canUpload: true }).success).toBe(false);
  });
});

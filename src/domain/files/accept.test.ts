import { describe, expect, it } from "vitest";
import { acceptsFile, attachmentDisposition, cleanFileName, describeAccept, extensionOf, mediaTypeOf } from "./accept";

describe("acceptsFile", () => {
  it("matches an extension on the file name, whatever its case", () => {
    expect(acceptsFile([".pdf"], "Contract.PDF", "application/octet-stream")).toBe(true);
    expect(acceptsFile([".pdf"], "contract.pdf.exe", "application/pdf")).toBe(false);
    expect(acceptsFile([".pdf"], "pdf", "application/pdf")).toBe(false);
  });

  it("matches a MIME type exactly, ignoring parameters and case", () => {
    expect(acceptsFile(["text/csv"], "list.txt", "Text/CSV; charset=utf-8")).toBe(true);
    expect(acceptsFile(["application/pdf"], "a.pdf", "application/pdfx")).toBe(false);
    expect(acceptsFile(["application/pdf"], "a.pdf", "")).toBe(false);
  });

  it("matches a wildcard on the major type only", () => {
    expect(acceptsFile(["image/*"], "logo.png", "image/png")).toBe(true);
    expect(acceptsFile(["image/*"], "logo.png", "imagery/png")).toBe(false);
    expect(acceptsFile(["image/*"], "logo", "image")).toBe(false);
    expect(acceptsFile(["image/*"], "logo", "")).toBe(false);
  });

  it("takes the file when any entry matches", () => {
    expect(acceptsFile(["application/pdf", ".docx", "image/*"], "plan.docx", "application/octet-stream")).toBe(true);
    expect(acceptsFile(["application/pdf", ".docx", "image/*"], "tool.exe", "application/x-msdownload")).toBe(false);
  });
});

describe("file names", () => {
  it("finds the extension of the last path segment", () => {
    expect(extensionOf("C:\\fakepath\\Report.Final.XLSX")).toBe(".xlsx");
    expect(extensionOf(".bashrc")).toBe("");
    expect(extensionOf("trailing.")).toBe("");
    expect(extensionOf("dir.d/file")).toBe("");
  });

  it("reads the media type without parameters", () => {
    expect(mediaTypeOf("Text/Plain ; charset=UTF-8")).toBe("text/plain");
    expect(mediaTypeOf("")).toBe("");
  });

  it("cleans a name of folders, control characters, quotes and leading dots", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("C:\\fakepath\\plan.pdf")).toBe("plan.pdf");
    expect(cleanFileName('a"b\u0000\nc.pdf')).toBe("abc.pdf");
    expect(cleanFileName("...hidden")).toBe("hidden");
    expect(cleanFileName("  \u0007 ")).toBeNull();
    expect(cleanFileName("folder/")).toBeNull();
  });

  it("shortens a long name to 200 characters and keeps its extension", () => {
    const cleaned = cleanFileName(`${"x".repeat(300)}.pdf`);
    expect(cleaned).toHaveLength(200);
    expect(cleaned?.endsWith(".pdf")).toBe(true);
    const oddExtension = cleanFileName(`${"y".repeat(250)}.${"z".repeat(30)}`);
    expect(oddExtension).toBe("y".repeat(200));
  });

  it("puts the exact name in the download header and a safe ASCII fallback beside it", () => {
    expect(attachmentDisposition("plan.pdf")).toBe(`attachment; filename="plan.pdf"; filename*=UTF-8''plan.pdf`);
    expect(attachmentDisposition("Übersicht (2026);x.pdf")).toBe(`attachment; filename="_bersicht (2026)_x.pdf"; filename*=UTF-8''%C3%9Cbersicht%20%282026%29%3Bx.pdf`);
  });

  it("lists the accepted types for a message", () => {
    expect(describeAccept(["application/pdf", ".docx"])).toBe("application/pdf, .docx");
  });
});

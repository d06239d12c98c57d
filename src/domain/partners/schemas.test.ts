import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CountryCode, PartnerInput, PartnerPatch, TimeZone, Website } from "./schemas";

const typeId = "6f1c0a52-8b0e-4c8f-9a52-0d0e9a7b1c11";

/** The messages a person sees, keyed by the field at fault. */
function messages(schema: z.ZodType, value: unknown): Record<string, string[]> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

describe("time zone", () => {
  it.each(["Europe/Berlin", "UTC", "America/Argentina/Buenos_Aires", "Asia/Kolkata"])("accepts the IANA zone %s", (zone) => {
    expect(TimeZone.safeParse(zone).success).toBe(true);
  });

  it.each(["Mars/Olympus", "Berlin", "", "GMT+25"])("refuses %j with an example of a valid zone", (zone) => {
    expect(messages(TimeZone, zone)).toEqual({ "": ["must be an IANA time zone such as Europe/Berlin"] });
  });
});

describe("country", () => {
  it("accepts a two-letter upper-case code", () => {
    expect(CountryCode.parse("DE")).toBe("DE");
  });

  it.each(["de", "DEU", "D", "", "D1"])("refuses %j and says what a code looks like", (code) => {
    expect(messages(CountryCode, code)).toEqual({ "": ["must be a two-letter ISO country code such as DE"] });
  });
});

describe("website", () => {
  it.each(["https://alpha.example", "http://alpha.example/partners?ref=1"])("accepts %s", (url) => {
    expect(Website.parse(url)).toBe(url);
  });

  it.each(["javascript:alert(1)", "ftp://alpha.example", "alpha.example", "https://", "data:text/html,hi"])("refuses %j, which is no web address", (url) => {
    expect(messages(Website, url)).toEqual({ "": ["must be a web address starting with http:// or https://"] });
  });

  it("refuses an address longer than 300 characters", () => {
    expect(Website.safeParse(`https://alpha.example/${"x".repeat(300)}`).success).toBe(false);
  });
});

describe("partner input", () => {
  it("fills the defaults a new partner starts with and trims the name", () => {
    expect(PartnerInput.parse({ name: "  Alpha Resellers ", typeId })).toEqual({
      name: "Alpha Resellers",
      typeId,
      tierId: null,
      country: null,
      timeZone: "UTC",
      website: null,
      ownerUserId: null,
      programId: null,
      contactName: null,
      contactEmail: null,
      stage: "applicant",
    });
  });

  it("keeps a contact's email trimmed and refuses one that is not an address", () => {
    expect(PartnerInput.parse({ name: "Alpha", typeId, contactName: " Ada Okafor ", contactEmail: "  ada@alpha.example " })).toMatchObject({ contactName: "Ada Okafor", contactEmail: "ada@alpha.example" });
    expect(messages(PartnerInput, { name: "Alpha", typeId, contactEmail: "ada at alpha" })).toEqual({ contactEmail: ["must be an email address such as name@example.com"] });
    expect(messages(PartnerInput, { name: "Alpha", typeId, programId: "nope" })).toEqual({ programId: ["must be a valid id (UUID)"] });
  });

  it("names every wrong field with its own message at once", () => {
    expect(messages(PartnerInput, { name: "   ", typeId: "nope", country: "de", timeZone: "Nowhere/Land", website: "ftp://x.example" })).toEqual({
      name: ["cannot be empty"],
      typeId: ["must be a valid id (UUID)"],
      country: ["must be a two-letter ISO country code such as DE"],
      timeZone: ["must be an IANA time zone such as Europe/Berlin"],
      website: ["must be a web address starting with http:// or https://"],
    });
  });

  it("refuses fields it does not know, so a typo is not silently dropped", () => {
    expect(PartnerInput.safeParse({ name: "Alpha", typeId, websit: "https://alpha.example" }).success).toBe(false);
  });

  it("refuses a name longer than 200 characters", () => {
    expect(messages(PartnerInput, { name: "x".repeat(201), typeId })).toEqual({ name: ["at most 200 characters"] });
  });
});

describe("partner patch", () => {
  it("requires the version the client last saw", () => {
    expect(Object.keys(messages(PartnerPatch, { name: "Alpha" }))).toEqual(["version"]);
    expect(PartnerPatch.parse({ version: 3, website: null })).toEqual({ version: 3, website: null });
  });
});

describe("time zone spelling", () => {
  it("stores a time zone in its canonical spelling", () => {
    expect(TimeZone.parse("europe/berlin")).toBe("Europe/Berlin");
  });
});

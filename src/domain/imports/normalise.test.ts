import { describe, expect, it } from "vitest";
import { countryCode, normaliseEmail, normaliseName, normaliseWebsite, squash, websiteDomain } from "./normalise";

describe("normalising cells", () => {
  it("squashes text to letters and digits", () => {
    expect(squash("Primary Contact")).toBe("primarycontact");
    expect(squash("Zürich-Süd 2")).toBe("zurichsud2");
  });

  it("adds https to a web address without a scheme and drops a lone slash", () => {
    expect(normaliseWebsite("acme.com")).toBe("https://acme.com");
    expect(normaliseWebsite(" http://www.Acme.com/partners?x=1 ")).toBe("http://www.acme.com/partners?x=1");
  });

  it("refuses what is not a web address", () => {
    for (const cell of ["acme", "ftp://acme.com", "not a site.com", "https://", "http://exa mple.com", `https://acme.com/${"a".repeat(300)}`]) expect(normaliseWebsite(cell)).toBeNull();
  });

  it("compares websites by domain without www", () => {
    expect(websiteDomain("https://www.Acme.com/about")).toBe("acme.com");
    expect(websiteDomain("acme.com")).toBe("acme.com");
    expect(websiteDomain("nope")).toBeNull();
  });

  it("compares names without case, accents, punctuation or legal form", () => {
    expect(normaliseName("Acme, Inc.")).toBe("acme");
    expect(normaliseName("ACME inc")).toBe("acme");
    expect(normaliseName("Acmé GmbH & Co. KG")).toBe("acme");
    expect(normaliseName("Ltd")).toBe("ltd");
    expect(normaliseName("Smith & Sons Ltd")).toBe("smith and sons");
  });

  it("compares emails without case or spaces", () => {
    expect(normaliseEmail(" Ana@Acme.COM ")).toBe("ana@acme.com");
  });

  it("reads countries as codes or English names", () => {
    expect(countryCode("de")).toBe("DE");
    expect(countryCode("Germany")).toBe("DE");
    expect(countryCode("united kingdom")).toBe("GB");
    expect(countryCode("UK")).toBe("GB");
    expect(countryCode("USA")).toBe("US");
    expect(countryCode("Philippines")).toBe("PH");
    expect(countryCode("XX")).toBeNull();
    expect(countryCode("Atlantis")).toBeNull();
  });
});

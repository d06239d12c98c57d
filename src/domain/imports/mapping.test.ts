import { describe, expect, it } from "vitest";
import { mappingProblems, suggestMapping } from "./mapping";

describe("mapping suggestion", () => {
  it("maps the columns of an Airtable export to partner fields", () => {
    const headers = ["Company", "Website", "Primary Contact", "Email", "Country", "Partner Type", "Tier", "Stage", "Owner", "Notes"];
    expect(suggestMapping(headers)).toEqual(["name", "website", "contactName", "contactEmail", "country", "type", "tier", "stage", "owner", null]);
  });

  it("maps spreadsheet spellings too", () => {
    expect(suggestMapping(["partner_name", "URL", "contact-email", "TIME ZONE", "Programme", "Account Manager"])).toEqual(["name", "website", "contactEmail", "timeZone", "program", "owner"]);
  });

  it("gives each field its best column and leaves the other unmapped", () => {
    // "Owner" names the owner better than "Owner Email"; "Company" the name better than "Name".
    expect(suggestMapping(["Name", "Owner Email", "Company", "Owner"])).toEqual([null, null, "name", "owner"]);
  });

  it("suggests a repeated header once", () => {
    expect(suggestMapping(["Email", "Company", "Email"])).toEqual(["contactEmail", "name", null]);
  });
});

describe("mapping check", () => {
  const headers = ["Company", "Website", "Email"];

  it("accepts one column per field with a name", () => {
    expect(mappingProblems(["name", "website", null], headers)).toEqual([]);
  });

  it("needs one entry per column", () => {
    expect(mappingProblems(["name"], headers)[0]?.message).toMatch(/has 1 entries but the file has 3 columns/);
  });

  it("refuses a field chosen twice and a mapping without a name", () => {
    expect(mappingProblems(["website", "website", null], headers)).toEqual([
      { path: "body.mapping.1", message: '"Website" and "Company" are both mapped to website: choose one' },
      { path: "body.mapping", message: "no column is mapped to the partner's name: choose the column that holds it" },
    ]);
  });
});

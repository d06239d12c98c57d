import { squash } from "./normalise";
import { importFields, type ColumnMapping, type ImportField } from "./schemas";

/*
 * Which column is which field. Column names are compared squashed ("Primary Contact" →
 * "primarycontact") against the names Airtable bases, CRM exports and spreadsheets use; each
 * field goes to the column that names it best, and the first such column on a tie.
 */

/** Names of each field, best first: an earlier name outranks a later one. */
const synonyms: Record<ImportField, readonly string[]> = {
  name: ["company", "companyname", "partner", "partnername", "name", "organisation", "organization", "account", "accountname", "business", "businessname", "legalname"],
  website: ["website", "websiteurl", "companywebsite", "url", "web", "site", "homepage", "domain"],
  contactName: ["primarycontact", "contactname", "contact", "maincontact", "keycontact", "contactperson", "pointofcontact", "poc", "primarycontactname"],
  contactEmail: ["email", "contactemail", "primaryemail", "primarycontactemail", "emailaddress", "mail", "contactemailaddress"],
  country: ["country", "countrycode", "hqcountry", "headquarterscountry", "countryregion"],
  timeZone: ["timezone", "tz", "zone"],
  type: ["partnertype", "type", "category", "partnercategory", "kind"],
  tier: ["tier", "partnertier", "level", "partnerlevel"],
  stage: ["stage", "pipelinestage", "lifecyclestage", "status", "partnerstatus"],
  owner: ["owner", "partnermanager", "accountmanager", "accountowner", "channelmanager", "manager", "assignedto", "ownedby", "owneremail", "partnermanageremail", "accountmanageremail"],
  program: ["program", "programme", "partnerprogram", "partnerprogramme"],
};

/** How well a column name names a field: higher is better, 0 not at all. */
function score(header: string, field: ImportField): number {
  const names = synonyms[field];
  const at = names.indexOf(squash(header));
  return at === -1 ? 0 : names.length - at;
}

/** One field per column at most, each field on its best column; the rest stay unmapped. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null);
  const candidates = headers.flatMap((header, column) =>
    importFields.flatMap((field) => {
      const value = score(header, field);
      return value > 0 ? [{ field, column, score: value }] : [];
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const taken = new Set<ImportField>();
  for (const { field, column } of candidates) {
    if (taken.has(field) || mapping[column] !== null) continue;
    mapping[column] = field;
    taken.add(field);
  }
  return mapping;
}

/** What is wrong with a mapping for this file, as field errors; empty when it can be used. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): { path: string; message: string }[] {
  if (mapping.length !== headers.length) {
    return [{ path: "body.mapping", message: `has ${mapping.length} entries but the file has ${headers.length} columns: send one entry per column, null to leave it out` }];
  }
  const problems: { path: string; message: string }[] = [];
  const firstColumn = new Map<ImportField, number>();
  mapping.forEach((field, column) => {
    if (field === null) return;
    const first = firstColumn.get(field);
    if (first === undefined) firstColumn.set(field, column);
    else problems.push({ path: `body.mapping.${column}`, message: `"${headers[column]}" and "${headers[first]}" are both mapped to ${field}: choose one` });
  });
  if (!firstColumn.has("name")) problems.push({ path: "body.mapping", message: "no column is mapped to the partner's name: choose the column that holds it" });
  return problems;
}

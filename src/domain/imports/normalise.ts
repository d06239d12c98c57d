/*
 * The keys two records are compared on, and the cleaning of cells typed by people: a web
 * address without its scheme, a country written out, a company name with its legal form.
 */

/** Lower case, accents dropped, everything but letters and digits removed. */
export function squash(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** A web address with https:// added when the cell has no scheme; null when it is not one. */
export function normaliseWebsite(cell: string): string | null {
  const text = cell.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (!["http:", "https:"].includes(url.protocol) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || /\s/.test(text)) return null;
  // "https://acme.com/" is stored as people write it: without the lone slash.
  const href = url.pathname === "/" && !url.search && !url.hash ? url.href.slice(0, -1) : url.href;
  return href.length > 300 ? null : href;
}

/** The host of a web address, lower case and without "www.": acme.com for https://www.Acme.com/about. */
export function websiteDomain(website: string): string | null {
  const normal = normaliseWebsite(website);
  return normal === null ? null : new URL(normal).hostname.toLowerCase().replace(/^www\./, "");
}

const legalForms = new Set(["and", "inc", "incorporated", "llc", "llp", "ltd", "limited", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc", "co", "corp", "corporation", "company", "pty", "oy", "ab", "kk", "kg", "se"]);

/** A company name for comparison: "Acme, Inc." and "ACME inc" and "Acmé" are all "acme". */
export function normaliseName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  while (words.length > 1 && legalForms.has(words[words.length - 1] ?? "")) words.pop();
  return words.join(" ");
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const countryAliases: Record<string, string> = { usa: "US", unitedstatesofamerica: "US", uk: "GB", england: "GB", greatbritain: "GB", holland: "NL" };
let countryTables: { byName: Map<string, string>; codes: Set<string> } | undefined;

/** Groupings and placeholders that have a name but are no country. */
const notCountries = new Set(["EU", "EZ", "UN", "ZZ"]);

/** Every current region code the runtime knows, and the codes by squashed English name ("germany" → DE). */
function countries() {
  if (countryTables) return countryTables;
  const names = new Intl.DisplayNames("en", { type: "region", fallback: "none" });
  const byName = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      // Retired codes (DD, UK, YU) canonicalise to the current one and are left out.
      const current = Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
      if (name && current && !notCountries.has(code) && !code.startsWith("Q")) byName.set(squash(name), code);
    }
  }
  countryTables = { byName, codes: new Set(byName.values()) };
  return countryTables;
}

/** A two-letter ISO code from "DE", "de", "Germany" or "UK"; null when the cell names no country. */
export function countryCode(cell: string): string | null {
  const text = cell.trim();
  const key = squash(text);
  const alias = countryAliases[key];
  if (alias) return alias;
  const { byName, codes } = countries();
  if (/^[a-z]{2}$/i.test(text)) return codes.has(text.toUpperCase()) ? text.toUpperCase() : null;
  return byName.get(key) ?? null;
}

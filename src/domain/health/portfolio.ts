import type { PortfolioEntry } from "./schemas";

/*
 * The portfolio view lists the partners that need attention first: lowest score first, then the
 * one with more open issues, then by name so the order never shuffles between two loads.
 */

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export function compareByRisk(a: PortfolioEntry, b: PortfolioEntry): number {
  return a.score - b.score || b.openIssues - a.openIssues || byName.compare(a.name, b.name) || byName.compare(a.partnerId, b.partnerId);
}

export function sortByRisk<Entry extends PortfolioEntry>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(compareByRisk);
}

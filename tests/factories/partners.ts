import { lifecycleStages, type LifecycleStage } from "../../src/domain/partners/lifecycle";
import type { SeededRandom } from "./random";

const prefixes = ["Bright", "North", "Blue", "Clear", "Summit", "Harbor", "Silver", "Granite", "Pine", "Cedar", "Nimbus", "Vertex", "Atlas", "Beacon", "Cobalt", "Delta", "Ember", "Fjord", "Helix", "Lumen"];
const suffixes = ["path", "wind", "stone", "bridge", "field", "works", "point", "gate", "line", "forge", "light", "peak", "wave", "loop", "port"];
const kinds = ["Consulting", "Solutions", "Partners", "Systems", "Digital", "Group", "Labs", "Services", "Networks", "Advisory"];

export const countries: readonly { code: string; timeZone: string }[] = [
  { code: "DE", timeZone: "Europe/Berlin" },
  { code: "FR", timeZone: "Europe/Paris" },
  { code: "GB", timeZone: "Europe/London" },
  { code: "US", timeZone: "America/New_York" },
  { code: "US", timeZone: "America/Los_Angeles" },
  { code: "BR", timeZone: "America/Sao_Paulo" },
  { code: "IN", timeZone: "Asia/Kolkata" },
  { code: "PH", timeZone: "Asia/Manila" },
  { code: "JP", timeZone: "Asia/Tokyo" },
  { code: "AU", timeZone: "Australia/Sydney" },
  { code: "ZA", timeZone: "Africa/Johannesburg" },
  { code: "PL", timeZone: "Europe/Warsaw" },
];

export function partnerName(random: SeededRandom, index: number): string {
  const base = `${random.pick(prefixes)}${random.pick(suffixes)} ${random.pick(kinds)}`;
  return index < prefixes.length * suffixes.length ? base : `${base} ${index}`;
}

export function websiteFor(name: string): string {
  return `https://www.${name.toLowerCase().replace(/[^a-z0-9]+/g, "")}.example`;
}

/** A plausible partner record, without workspace-specific references. */
export function partnerFields(random: SeededRandom, index: number, stage?: LifecycleStage) {
  const name = partnerName(random, index);
  const place = random.pick(countries);
  return {
    name,
    country: place.code,
    timeZone: place.timeZone,
    website: websiteFor(name),
    stage: stage ?? random.pick(lifecycleStages),
  };
}

const firstNames = ["Ada", "Ben", "Chioma", "Dmitri", "Elena", "Farah", "Goran", "Hana", "Ivan", "Jun", "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara"];
const lastNames = ["Okafor", "Schmidt", "Silva", "Tanaka", "Novak", "Haddad", "Moreau", "Kowalski", "Reyes", "Larsen", "Mensah", "Patel", "Ivanova", "Byrne", "Costa"];

export function personName(random: SeededRandom): string {
  return `${random.pick(firstNames)} ${random.pick(lastNames)}`;
}

export function emailFor(name: string, domain: string, index?: number): string {
  const local = name.toLowerCase().replace(/[^a-z]+/g, ".");
  return `${local}${index === undefined ? "" : `.${index}`}@${domain}`;
}

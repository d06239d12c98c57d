import { i18n } from "./index";

/** Dates and names in the reader's language, through Intl: no date library needed. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" }).format(new Date(iso));
}

const divisions: { amount: number; unit: Intl.RelativeTimeFormatUnit }[] = [
  { amount: 60, unit: "second" },
  { amount: 60, unit: "minute" },
  { amount: 24, unit: "hour" },
  { amount: 7, unit: "day" },
  { amount: 4.34524, unit: "week" },
  { amount: 12, unit: "month" },
  { amount: Number.POSITIVE_INFINITY, unit: "year" },
];

/** "3 days ago", "in 2 hours". */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const format = new Intl.RelativeTimeFormat(i18n.language, { numeric: "auto" });
  let duration = (new Date(iso).getTime() - now.getTime()) / 1000;
  for (const division of divisions) {
    if (Math.abs(duration) < division.amount) return format.format(Math.round(duration), division.unit);
    duration /= division.amount;
  }
  return formatDate(iso);
}

export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([i18n.language], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

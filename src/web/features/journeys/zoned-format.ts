import { instantOf, wallTimeOf } from "../../../domain/journeys/schedule/zoned-time";
import { i18n } from "../../i18n";

/*
 * Due dates belong to the partner's time zone (that is where the rules count business days), so
 * the journey screens show them there, with the zone named, and read typed dates there too.
 */

/** "Mar 31, 2026, 5:00 PM GMT+2" (Intl refuses dateStyle together with timeZoneName, hence the parts). */
export function formatInZone(iso: string, zone: string): string {
  return new Intl.DateTimeFormat(i18n.language, { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: zone, timeZoneName: "short" }).format(
    new Date(iso),
  );
}

export function formatDayInZone(iso: string, zone: string): string {
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: zone }).format(new Date(iso));
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The value of a date input (`2026-03-31`) for an instant, as the calendar in `zone` shows it. */
export function dateInputOf(iso: string, zone: string): string {
  const wall = wallTimeOf(new Date(iso), zone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The value of a time input (`17:00`) for an instant in `zone`. */
export function timeInputOf(iso: string, zone: string): string {
  const wall = wallTimeOf(new Date(iso), zone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The instant a date and time typed for `zone` stand for; null when the inputs are not complete. */
export function instantFromInputs(date: string, time: string, zone: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !clock) return null;
  const wall = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]), hour: Number(clock[1]), minute: Number(clock[2]), second: 0, millisecond: 0 };
  return instantOf(wall, zone).toISOString();
}

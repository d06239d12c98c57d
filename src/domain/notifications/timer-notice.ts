import type { TimerKind } from "./timer-plan";
import { daysLate } from "./timer-plan";

export interface TimerNoticeInput {
  kind: TimerKind;
  stepTitle: string;
  partnerName: string;
  journeyName: string;
  dueAt: Date;
  now: Date;
  /** The partner's zone: due dates are read where the work happens. */
  timeZone: string;
  /** Who owns the step, for the escalation ("Alice owns it"); null when nobody does. */
  ownerName: string | null;
}

export interface NoticeText {
  title: string;
  body: string;
}

/**
 * One formatter per zone, made on first use: building an Intl.DateTimeFormat costs far more than
 * formatting with it, and a sweep formats a date for every notice it sends.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** "Mon 30 Nov 2026, 17:00 (Europe/Berlin)"; an unknown zone falls back to UTC rather than failing a sweep. */
export function formatDue(at: Date, timeZone: string): string {
  let zone = timeZone;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = formatterFor(zone);
  } catch {
    zone = "UTC";
    formatter = formatterFor(zone);
  }
  const parts = formatter.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")} (${zone})`;
}

/** The words of a reminder, overdue notice or escalation: the same text in the bell and the email. */
export function timerNotice(input: TimerNoticeInput): NoticeText {
  const due = formatDue(input.dueAt, input.timeZone);
  const where = `${input.partnerName} · ${input.journeyName}`;
  switch (input.kind) {
    case "reminder":
      return { title: `${input.stepTitle} is due ${due}`, body: `${where}. Complete it before it is due, or ask for a new date.` };
    case "overdue":
      return { title: `${input.stepTitle} is overdue`, body: `${where}. It was due ${due}.` };
    case "escalation": {
      const days = daysLate(input.dueAt, input.now);
      const owner = input.ownerName ? `${input.ownerName} owns it` : "Nobody owns it";
      return {
        title: `${input.stepTitle} for ${input.partnerName} is late by ${days} ${days === 1 ? "day" : "days"}`,
        body: `${where}. It was due ${due}; ${owner}.`,
      };
    }
  }
}

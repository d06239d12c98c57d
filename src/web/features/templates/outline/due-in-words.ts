import type { TFunction } from "i18next";
import { offsetOf, type DueRule, type Offset } from "../../../../domain/journeys/due-rule";

function offsetInWords(offset: Offset, t: TFunction): string {
  if ("businessDays" in offset) return t("templates.due.businessDays", { count: offset.businessDays });
  if ("hours" in offset) return t("templates.due.hours", { count: offset.hours });
  return t("templates.due.days", { count: offset.days });
}

/** "3 business days after the start", "24 hours after “Alignment” is done, then every 7 days until …". */
export function dueInWords(rule: DueRule, titleOf: (stepKey: string) => string, t: TFunction): string {
  const offset = offsetInWords(offsetOf(rule), t);
  const base =
    rule.after === "start"
      ? t("templates.due.afterStart", { offset })
      : rule.after === "step"
        ? t("templates.due.afterStep", { offset, step: titleOf(rule.step) })
        : t("templates.due.afterEvent", { offset, event: rule.event });
  if (!rule.repeat) return base;
  return t("templates.due.repeat", { rule: base, every: offsetInWords(rule.repeat.every, t), until: titleOf(rule.repeat.until) });
}

import type { TFunction } from "i18next";
import type { JourneyStep } from "../../../../domain/journeys/contracts";

/** Who owns a step, as a partner user reads it: "You", a colleague's name, or "Max at Acme". */
export function ownerLabel(t: TFunction, step: Pick<JourneyStep, "owner" | "ownerRole">, myUserId: string, hostName: string): string {
  if (!step.owner) return t("portalJourney.ownerNobody");
  if (step.owner.userId === myUserId) return t("portalJourney.ownerYou");
  if (step.ownerRole.startsWith("host:")) return t("portalJourney.ownerHost", { name: step.owner.name, host: hostName });
  return t("portalJourney.ownerPartner", { name: step.owner.name });
}

/** A due date as a day in the partner's zone (where due rules count). */
export function dueDay(iso: string, zone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: zone }).format(new Date(iso));
}

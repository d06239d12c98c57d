import type { TFunction } from "i18next";
import type { SurveySummary } from "../../../domain/surveys/contracts";

/** Who a survey asks, in words: "Staff", "Every partner's people", "People of Alpha". */
export function audienceLabel(t: TFunction, survey: Pick<SurveySummary, "audience" | "partnerName">): string {
  if (survey.audience === "staff") return t("surveys.audience.staff");
  if (survey.audience === "partners") return t("surveys.audience.partners");
  return survey.partnerName ? t("surveys.audience.partner", { partner: survey.partnerName }) : t("surveys.audience.partnerUnnamed");
}

import type { TFunction } from "i18next";
import type { OnboardingOutcome } from "../../../domain/pipeline/contracts";
import { notifySuccess, notifyWarning } from "../../components/notify";

/** What a move into onboarding set off, in the catalogue's words (the server's own sentence is for the timeline). */
export function onboardingSummary(t: TFunction, outcome: OnboardingOutcome): string {
  const journey = t(`pipeline.onboarding.journey.${outcome.journey.status}`);
  const welcome = t(`pipeline.onboarding.welcome.${outcome.welcome.status}`, { to: outcome.welcome.to ?? "" });
  return `${journey} ${welcome}`;
}

/** The toast after a move: plain success, or a warning when onboarding started no journey. */
export function notifyMoved(t: TFunction, moved: string, outcome: OnboardingOutcome | null) {
  if (!outcome) return notifySuccess(moved);
  const text = `${moved} ${onboardingSummary(t, outcome)}`;
  const quiet = outcome.journey.status === "started" || outcome.journey.status === "already_running";
  return quiet ? notifySuccess(text) : notifyWarning(text);
}

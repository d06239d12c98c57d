import type { LifecycleStage } from "../partners/lifecycle";
import { lifecycleStages } from "../partners/lifecycle";
import type { OnboardingOutcome } from "./contracts";

/** The board's columns, left to right: the pipeline in order, then declined. */
export const boardStages: readonly LifecycleStage[] = lifecycleStages;

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days between a move and now; a clock a little behind the database never shows -1. */
export function daysInStage(stageChangedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - stageChangedAt.getTime()) / dayMs));
}

export type JourneyStatus = OnboardingOutcome["journey"]["status"];

export interface JourneyFacts {
  partner: string;
  program?: string | null;
  partnerType?: string | null;
  journey?: string | null;
}

/**
 * What a person reads, in the move's answer and on the partner's timeline, about the journey a
 * move into onboarding did or did not start — with what to do about it when nothing started.
 */
export function onboardingJourneyMessage(status: JourneyStatus, facts: JourneyFacts): string {
  switch (status) {
    case "started":
      return `Journey “${facts.journey ?? ""}” started for ${facts.partner}.`;
    case "already_running":
      return `No new journey: ${facts.partner} already has the running journey “${facts.journey ?? ""}”.`;
    case "no_program":
      return `No journey started: ${facts.partner} belongs to no program and the workspace has none. Create a program with a track for its type, then start the journey from the partner's page.`;
    case "no_track":
      return `No journey started: the program “${facts.program ?? ""}” has no track for the type “${facts.partnerType ?? ""}”. Add one under Programs, then start the journey from the partner's page.`;
    case "no_template":
      return `No journey started: the “${facts.partnerType ?? ""}” track of the program “${facts.program ?? ""}” has no journey template in use. Choose one under Programs, then start the journey from the partner's page.`;
  }
}

export type WelcomeStatus = OnboardingOutcome["welcome"]["status"];

export function welcomeMessage(status: WelcomeStatus, partner: string, to: string | null): string {
  switch (status) {
    case "sent":
      return `Welcome email sent to ${to ?? ""}.`;
    case "already_sent":
      return `No second welcome email: ${partner} was welcomed when it first entered onboarding.`;
    case "no_contact":
      return `No welcome email: ${partner} has no contact email. Add one to its profile to write to it.`;
  }
}

import { wallTimeOf } from "../journeys/schedule/zoned-time";

/**
 * A first draft of the early win's case study, from a template with `{{placeholders}}` filled
 * from the project's facts. It is only a draft: both leads edit it before anyone publishes it,
 * which is why an unknown placeholder is reported rather than refused.
 */
export const defaultCaseStudyTemplate = `# {{projectTitle}}: {{hostName}} and {{partnerName}}

## The starting point
{{partnerName}} joined the {{hostName}} partner program on {{startedOn}}. In the first weeks both
teams agreed on one small project to prove the partnership works: {{projectTitle}}.

## Who did it
{{hostLead}} led the work at {{hostName}}, {{partnerLead}} at {{partnerName}}.

## What we did
{{description}}

## The result
Finished on {{completedOn}}, {{daysTaken}} days after the partnership began.
{{outcome}}

## What we take forward
{{lessons}}
`;

export interface EarlyWinFacts {
  readonly projectTitle: string;
  readonly description: string;
  readonly hostName: string;
  readonly partnerName: string;
  readonly hostLead: string;
  readonly partnerLead: string;
  readonly journeyStartedAt: Date;
  readonly completedAt: Date;
  readonly timeZone: string;
  readonly outcome: string;
  readonly lessons: string;
}

export interface CaseStudyDraft {
  readonly markdown: string;
  /** Placeholders the template uses that no fact fills; they stay in the text for people to fix. */
  readonly unknownPlaceholders: readonly string[];
}

function isoDate(instant: Date, zone: string): string {
  const { year, month, day } = wallTimeOf(instant, zone);
  return `${String(year)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Facts as the words a placeholder stands for; dates on the partner's calendar. */
export function caseStudyValues(facts: EarlyWinFacts): Record<string, string> {
  const startedOn = isoDate(facts.journeyStartedAt, facts.timeZone);
  const completedOn = isoDate(facts.completedAt, facts.timeZone);
  const daysTaken = Math.round((Date.parse(completedOn) - Date.parse(startedOn)) / 86_400_000);
  return {
    projectTitle: facts.projectTitle,
    description: facts.description,
    hostName: facts.hostName,
    partnerName: facts.partnerName,
    hostLead: facts.hostLead,
    partnerLead: facts.partnerLead,
    startedOn,
    completedOn,
    daysTaken: String(daysTaken),
    outcome: facts.outcome,
    lessons: facts.lessons,
  };
}

export function draftCaseStudy(template: string, facts: EarlyWinFacts): CaseStudyDraft {
  const values = caseStudyValues(facts);
  const unknown = new Set<string>();
  const markdown = template.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      unknown.add(name);
      return whole;
    }
    return value.trim() === "" ? `(${name} to be written)` : value;
  });
  return { markdown, unknownPlaceholders: [...unknown] };
}

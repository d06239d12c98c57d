/** English strings of the readiness checklist (R-F8) (issue 6). */
export const readinessEn = {
  title: "Readiness of the trust moments",
  intro: "Answered from what Accord knows; each “no” says what to do.",
  noJourney: "No journey has started for this partner yet. Start one (the trust-first template covers every moment) and the checklist fills in from day one.",
  asOf: "As of {{when}}",
  overall: "Overall: {{status}}",
  status: {
    ready: "Ready",
    on_track: "On track",
    needs_action: "Needs action",
  },
  moments: {
    alignment: "Alignment",
    early_win: "Early win",
    resolution: "Misunderstandings and escalations",
    quarterly_review: "Quarterly review",
    every_meeting: "Every meeting",
  },
  answers: {
    yes: "Yes",
    no: "No",
    not_yet_due: "Not yet due",
    unknown: "Unknown",
  },
  counts: "{{yes}} yes · {{no}} no · {{notYetDue}} not yet due · {{unknown}} unknown",
  action: "What to do:",
} as const;

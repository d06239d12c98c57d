import type { InterviewKitStage } from "./kit";

/*
 * The kit every workspace starts with, written in our own words from the vetting roadmap and the
 * onboarding reading (seeds 002 and 001): first whether the partner can do the work to the
 * standard clients expect, then — with certified interviewers only — whether clients will
 * experience them as part of us. A workspace edits it like any kit of its own.
 */
export const defaultKitName = "Partner interviews";

export const defaultKitStages: InterviewKitStage[] = [
  {
    key: "functional_fit",
    name: "Functional fit",
    purpose: "Can this partner do the work we would hand them, to the standard our clients expect? Ask for examples from recent engagements rather than promises.",
    certifiedOnly: false,
    criteria: [
      {
        key: "capability",
        name: "Capability",
        guidance: "1 — cannot show the skills the partnership needs. 3 — has the core skills, with gaps we would have to fill. 5 — deep, current skills, backed by concrete recent examples.",
        weight: 3,
      },
      {
        key: "delivery_track_record",
        name: "Delivery track record",
        guidance: "1 — no comparable work delivered. 3 — has delivered similar work, with misses they can explain. 5 — delivers on time and in scope, and can point to clients who say so.",
        weight: 2,
      },
      {
        key: "commercial_fit",
        name: "Commercial fit",
        guidance: "1 — their model, prices or market do not match ours. 3 — workable once one side adjusts. 5 — the same kind of clients, an offer that complements ours, value for both sides.",
        weight: 2,
      },
    ],
  },
  {
    key: "culture_fit",
    name: "Culture fit",
    purpose: "Will clients experience this partner as part of us? Held by staff certified for culture interviews, against our vision, mission and values.",
    certifiedOnly: true,
    criteria: [
      {
        key: "values_alignment",
        name: "Values alignment",
        guidance: "1 — their way of working contradicts our values. 3 — agrees with our values but shows little of them in practice. 5 — tells, unprompted, of choices they made that match our values.",
        weight: 3,
      },
      {
        key: "communication",
        name: "Communication",
        guidance: "1 — unclear, hard to reach or defensive. 3 — clear when asked, quiet otherwise. 5 — open, timely and proactive; raises problems early.",
        weight: 2,
      },
      {
        key: "client_first",
        name: "Client-first attitude",
        guidance: "1 — treats the client as a transaction. 3 — serves clients well while things go to plan. 5 — puts the client's outcome first even when it costs them, and would represent our brand well.",
        weight: 3,
      },
    ],
  },
];

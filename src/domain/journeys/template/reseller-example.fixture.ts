/** A template document as loosely typed as YAML gives it, so tests can bend any field. */
export interface RawStep {
  key: string;
  [field: string]: unknown;
}
export interface RawPhase {
  key: string;
  entry?: string[];
  steps: RawStep[];
  [field: string]: unknown;
}
export interface RawTemplate {
  phases: RawPhase[];
  [field: string]: unknown;
}

/**
 * A short reseller onboarding, written as a YAML parser would hand it over (plain values, defaults
 * left out). Tests copy and bend it; it is not one of the built-in templates.
 */
export function resellerOnboarding(): RawTemplate {
  return {
    name: "Reseller onboarding",
    description: "From signed agreement to the first deal a new reseller closes on its own.",
    track: "reseller",
    phases: [
      {
        key: "welcome",
        name: "Welcome",
        steps: [
          {
            key: "kickoff",
            title: "Kickoff call",
            kind: "meeting",
            owner: "host:manager",
            due: { after: "start", businessDays: 3 },
            meetingType: "kickoff",
            durationMinutes: 45,
            agenda: ["Introductions on both sides", "Goals for the first ninety days", "Who to call for what"],
          },
          {
            key: "partner_profile",
            title: "Tell us about your company",
            kind: "form",
            owner: "partner:admin",
            due: { after: "step", step: "kickoff", days: 5 },
            dependsOn: ["kickoff"],
            fields: [
              { key: "sales_headcount", label: "People selling", type: "number", required: true },
              { key: "regions", label: "Main region", type: "choice", choices: ["EMEA", "Americas", "APAC"] },
              { key: "first_deal_expected", label: "When do you expect your first deal?", type: "date" },
            ],
          },
          {
            key: "code_of_conduct",
            title: "Read and accept the partner code of conduct",
            kind: "document_acknowledgement",
            owner: "partner:admin",
            due: { after: "start", days: 7 },
            body: "# Code of conduct\n\nWe sell honestly, protect customer data and disclose conflicts.",
            signatureRequired: true,
          },
        ],
      },
      {
        key: "enablement",
        name: "Enablement",
        steps: [
          {
            key: "tax_documents",
            title: "Upload your VAT registration",
            kind: "upload_request",
            owner: "partner:admin",
            due: { after: "start", days: 14 },
            accept: ["application/pdf", ".png"],
            maxSizeMb: 5,
          },
          {
            key: "credit_check",
            title: "Check the reseller's credit",
            kind: "task",
            owner: "host:admin",
            visibility: "internal",
            due: { after: "step", step: "tax_documents", businessDays: 2 },
            dependsOn: ["tax_documents"],
          },
          {
            key: "plan_approved",
            title: "Approve the joint business plan",
            kind: "approval_gate",
            owner: "host:manager",
            approver: "host:admin",
            required: true,
            due: { after: "step", step: "credit_check", days: 3 },
            dependsOn: ["credit_check", "partner_profile"],
          },
          {
            key: "weekly_check_in",
            title: "Weekly check-in",
            kind: "meeting",
            owner: "host:manager",
            meetingType: "check_in",
            durationMinutes: 30,
            due: { after: "start", days: 14, repeat: { every: { days: 7 }, until: "first_deal" } },
          },
        ],
      },
      {
        key: "first_results",
        name: "First results",
        entry: ["plan_approved"],
        steps: [
          {
            key: "first_deal",
            title: "First deal approved",
            kind: "milestone",
            owner: "partner:admin",
            completedBy: "first_deal_approved",
            due: { after: "start", days: 90 },
          },
        ],
      },
    ],
  };
}

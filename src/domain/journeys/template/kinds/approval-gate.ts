import { OwnerRole } from "../owner";
import { defineStepKind } from "./define";

/**
 * A gate only the named role can pass (e.g. the host admin approves a partner's business plan).
 * Mark it `required: true` and it can never be skipped either.
 */
export const approvalGate = defineStepKind("approval_gate", {
  approver: OwnerRole,
});
export const approvalGateKind = approvalGate.name;
export const ApprovalGateFields = approvalGate.fields;

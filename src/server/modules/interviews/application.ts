import type { CandidateView } from "../../../domain/interviews/contracts";
import type { DbOrTx } from "../../db/client";

/**
 * The candidate's application answers, read through the applications module once it offers
 * `applicationOfPartner`; until then interviewers prepare from the partner's basics alone.
 */
export async function candidateApplication(db: DbOrTx, workspaceId: string, partnerId: string): Promise<CandidateView["application"]> {
  void db;
  void workspaceId;
  void partnerId;
  return Promise.resolve(null);
}

import type { CandidateView } from "../../../domain/interviews/contracts";
import type { DbOrTx } from "../../db/client";
import { applicationOfPartner } from "../applications/staff-service";

/**
 * The candidate's application as an interviewer reads it, through the applications module: each
 * question with the answer in words (a file answer by its name; the file itself stays with the
 * staff who may read the partner).
 */
export async function candidateApplication(db: DbOrTx, workspaceId: string, partnerId: string): Promise<CandidateView["application"]> {
  const application = await applicationOfPartner(db, workspaceId, partnerId);
  if (!application) return null;
  const basics = [
    { key: "program", label: "Program", value: application.program.name },
    { key: "track", label: "Track", value: application.track?.name ?? "" },
  ].filter((answer) => answer.value !== "");
  return {
    submittedAt: application.submittedAt,
    answers: [
      ...basics,
      ...application.answers.map((answer) => ({ key: answer.key, label: answer.label, value: answer.file ? answer.file.fileName : answer.answer === null ? "" : String(answer.answer) })),
    ],
  };
}

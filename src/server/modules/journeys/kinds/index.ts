import type { StepKindName } from "../../../../domain/journeys/template/kinds";
import { documentAcknowledgementHandler } from "./document-acknowledgement";
import { formHandler } from "./form";
import type { KindHandler } from "./handler";
import { meetingHandler } from "./meeting";
import { approvalGateHandler, milestoneHandler, taskHandler } from "./simple";
import { uploadRequestHandler } from "./upload-request";

/** Every step kind's server handler; the type makes a new kind in the domain registry fail to compile until it has one. */
export const kindHandlers: Record<StepKindName, KindHandler> = {
  task: taskHandler,
  approval_gate: approvalGateHandler,
  milestone: milestoneHandler,
  form: formHandler,
  document_acknowledgement: documentAcknowledgementHandler,
  upload_request: uploadRequestHandler,
  meeting: meetingHandler,
};

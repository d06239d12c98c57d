import { and, asc, eq, isNull } from "drizzle-orm";
import { onboardingJourneyMessage, welcomeMessage, type JourneyStatus } from "../../../domain/pipeline/board";
import type { OnboardingOutcome } from "../../../domain/pipeline/contracts";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { journeyTemplates, journeys, partnerTypes, partners, programTracks, programs } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { sendTemplatedEmail } from "../email-templates/send";
import { startJourneyInTransaction, type AuthorizedPartner } from "../journeys/start";
import { defaultProgram } from "../programs/default-program";

/*
 * What a move into onboarding sets off (R-B1), inside the move's own transaction: the journey of
 * the partner's track starts, and its contact gets the welcome email. If either fails, the move
 * is rolled back with it; when no journey can start, the move still happens and the answer and
 * the timeline say why.
 */

export async function enterOnboarding(tx: Tx, ctx: AppContext, caller: Caller, partner: AuthorizedPartner): Promise<OnboardingOutcome> {
  const [facts] = await tx
    .select({ typeId: partners.typeId, typeName: partnerTypes.name, programId: partners.programId, contactName: partners.contactName, contactEmail: partners.contactEmail })
    .from(partners)
    .innerJoin(partnerTypes, eq(partnerTypes.id, partners.typeId))
    .where(eq(partners.id, partner.id));
  if (!facts) throw new Error(`partner ${partner.id} vanished inside its own transaction`);
  const journey = await startTrackJourney(tx, ctx, caller, partner, facts);
  const welcome = await sendWelcome(tx, ctx, caller, partner, facts);
  return { journey, welcome };
}

interface PartnerFacts {
  typeId: string;
  typeName: string;
  programId: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

async function startTrackJourney(tx: Tx, ctx: AppContext, caller: Caller, partner: AuthorizedPartner, facts: PartnerFacts): Promise<OnboardingOutcome["journey"]> {
  const notStarted = async (status: JourneyStatus, detail: { program?: string; journey?: string }) => {
    const message = onboardingJourneyMessage(status, { partner: partner.name, partnerType: facts.typeName, ...detail });
    await recordActivity(tx, ctx.clock, { workspaceId: caller.workspace.id, partnerId: partner.id, actorUserId: caller.actor.userId, kind: "journey.not_started", summary: message, data: { status }, visibility: "internal" });
    return { status, journeyId: null, message };
  };
  const [running] = await tx
    .select({ name: journeys.name })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, caller.workspace.id), eq(journeys.partnerId, partner.id), isNull(journeys.cancelledAt)))
    .limit(1);
  if (running) return notStarted("already_running", { journey: running.name });
  const program = await programOf(tx, caller.workspace.id, facts.programId);
  if (!program) return notStarted("no_program", {});
  const [track] = await tx
    .select({ templateId: journeyTemplates.id, archivedAt: journeyTemplates.archivedAt })
    .from(programTracks)
    .leftJoin(journeyTemplates, eq(journeyTemplates.id, programTracks.templateId))
    .where(and(eq(programTracks.programId, program.id), eq(programTracks.partnerTypeId, facts.typeId)));
  if (!track) return notStarted("no_track", { program: program.name });
  if (!track.templateId || track.archivedAt) return notStarted("no_template", { program: program.name });
  // The latest version: a track follows its template as the template evolves.
  const journeyId = await startJourneyInTransaction(tx, ctx, caller, partner, { templateId: track.templateId }, { programId: program.id });
  const [started] = await tx.select({ name: journeys.name }).from(journeys).where(eq(journeys.id, journeyId));
  return { status: "started", journeyId, message: onboardingJourneyMessage("started", { partner: partner.name, journey: started?.name ?? "" }) };
}

/**
 * The partner's own program, or else the workspace's default: the starting "Partner program"
 * when it still exists, otherwise the oldest program.
 */
async function programOf(tx: Tx, workspaceId: string, programId: string | null) {
  const columns = { id: programs.id, name: programs.name };
  if (programId) {
    const [own] = await tx.select(columns).from(programs).where(and(eq(programs.id, programId), eq(programs.workspaceId, workspaceId)));
    if (own) return own;
  }
  const [byKey] = await tx.select(columns).from(programs).where(and(eq(programs.workspaceId, workspaceId), eq(programs.key, defaultProgram.key)));
  if (byKey) return byKey;
  const [oldest] = await tx.select(columns).from(programs).where(eq(programs.workspaceId, workspaceId)).orderBy(asc(programs.createdAt), asc(programs.id)).limit(1);
  return oldest ?? null;
}

/** Welcomed once: a partner stepped back from active and forward again is not welcomed twice. */
async function sendWelcome(tx: Tx, ctx: AppContext, caller: Caller, partner: AuthorizedPartner, facts: PartnerFacts): Promise<OnboardingOutcome["welcome"]> {
  if (!facts.contactEmail) return { status: "no_contact", to: null, message: welcomeMessage("no_contact", partner.name, null) };
  // The dedupe key is per partner, so the outbox itself keeps the welcome to one.
  const { created } = await sendTemplatedEmail(tx, ctx, {
    workspaceId: caller.workspace.id,
    partnerId: partner.id,
    templateKey: "welcome",
    to: { email: facts.contactEmail, name: facts.contactName ?? partner.name },
    dedupeKey: `welcome:${partner.id}`,
    actorUserId: caller.actor.userId,
  });
  if (!created) return { status: "already_sent", to: facts.contactEmail, message: welcomeMessage("already_sent", partner.name, facts.contactEmail) };
  return { status: "sent", to: facts.contactEmail, message: welcomeMessage("sent", partner.name, facts.contactEmail) };
}

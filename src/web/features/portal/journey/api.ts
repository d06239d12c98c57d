import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { Journey, JourneySummary, WhatsNext } from "../../../../domain/journeys/contracts";
import { api } from "../../../api/http";

/*
 * The portal's reads of the journey API. Partner users call the same routes as staff with their
 * own partner id; the server leaves out internal steps. The keys are the journey pages' own, so a
 * change made in the step work panel refreshes both.
 */

const partnerPath = (ws: string, partnerId: string) => `/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}`;

export function usePortalJourneys(ws: string, partnerId: string) {
  return useQuery({ queryKey: ["journeys", ws, "partner", partnerId], queryFn: () => api(`${partnerPath(ws, partnerId)}/journeys`, z.array(JourneySummary)) });
}

export function usePortalJourney(ws: string, partnerId: string, journeyId: string | undefined) {
  return useQuery({
    queryKey: ["journeys", ws, "partner", partnerId, journeyId ?? ""],
    queryFn: () => api(`${partnerPath(ws, partnerId)}/journeys/${encodeURIComponent(journeyId ?? "")}`, Journey),
    enabled: Boolean(journeyId),
  });
}

export function useWhatsNext(ws: string, partnerId: string) {
  return useQuery({ queryKey: ["whats-next", ws, partnerId], queryFn: () => api(`${partnerPath(ws, partnerId)}/whats-next`, WhatsNext) });
}

/** The journey the portal shows first: the latest one still running, else the latest of all. */
export function currentJourneyOf(journeys: readonly JourneySummary[]): JourneySummary | undefined {
  const byStart = [...journeys].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return byStart.find((journey) => journey.status !== "cancelled" && journey.status !== "done") ?? byStart[0];
}

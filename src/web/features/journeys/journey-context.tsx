import { createContext, useContext } from "react";
import type { Journey } from "../../../domain/journeys/contracts";

/** What every part of a journey page needs: where it is, the journey as last read, and how to read it again. */
export interface JourneyContextValue {
  ws: string;
  partnerId: string;
  journey: Journey;
  reload: () => Promise<unknown>;
  openStep: (stepId: string | undefined) => void;
}

export const JourneyContext = createContext<JourneyContextValue | null>(null);

export function useJourneyContext(): JourneyContextValue {
  const value = useContext(JourneyContext);
  if (!value) throw new Error("a journey part rendered outside a journey page");
  return value;
}

import type { Side } from "../../../domain/trust/side";
import type { Caller } from "../../plugins/route-kit";

/** Which side of the partnership a caller speaks for: partner users for the partner, everyone else for the host. */
export function sideOf(caller: Caller): Side {
  return caller.actor.kind === "partner" ? "partner" : "host";
}

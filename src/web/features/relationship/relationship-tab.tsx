import { can } from "../../../domain/access/policy";
import { HealthScorecard } from "../health/health-scorecard";
import { ReadinessCard } from "../readiness/readiness-card";
import { useActor } from "../workspace/api";
import { RelationshipCards, type RelationshipCardProps } from "./relationship-cards";

export type { RelationshipCardProps } from "./relationship-cards";

/**
 * The staff view of one relationship (issue 6): how healthy it is and what the trust moments
 * still need on the right; what both sides agreed, built and rated on the left.
 */
export function RelationshipTab(props: RelationshipCardProps) {
  const actor = useActor();
  const hostOnly =
    can(actor, "health.read") === "allow" ? (
      <>
        <HealthScorecard {...props} />
        <ReadinessCard {...props} />
      </>
    ) : undefined;
  return <RelationshipCards {...props} hostOnly={hostOnly} />;
}

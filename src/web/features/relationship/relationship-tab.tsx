import { Grid, Stack } from "@mantine/core";
import { can, type PartnerResource } from "../../../domain/access/policy";
import { AlignmentCard } from "../alignment/alignment-card";
import { PreferencesCard } from "../alignment/preferences-card";
import { EarlyWinCard } from "../early-wins/early-win-card";
import { EscalationsCard } from "../escalations/escalations-card";
import { LessonsLogCard } from "../escalations/lessons-log-card";
import { HealthScorecard } from "../health/health-scorecard";
import { ReadinessCard } from "../readiness/readiness-card";
import { QuarterlyReviewsCard } from "../reviews/quarterly-reviews-card";
import { useActor } from "../workspace/api";

export interface RelationshipCardProps {
  ws: string;
  partnerId: string;
  /** The partner as `can()` needs it: who may edit is decided per card from it. */
  resource: PartnerResource;
}

/**
 * The staff view of one relationship (issue 6): how healthy it is and what the trust moments
 * still need on the right; what both sides agreed, built and rated on the left.
 */
export function RelationshipTab(props: RelationshipCardProps) {
  const actor = useActor();
  const seesHealth = can(actor, "health.read") === "allow";
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <AlignmentCard {...props} />
          <EarlyWinCard {...props} />
          <EscalationsCard {...props} />
          <QuarterlyReviewsCard {...props} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          {seesHealth && <HealthScorecard {...props} />}
          {seesHealth && <ReadinessCard {...props} />}
          <PreferencesCard {...props} />
          <LessonsLogCard {...props} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

import { Grid, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import type { PartnerResource } from "../../../domain/access/policy";
import { AlignmentCard } from "../alignment/alignment-card";
import { PreferencesCard } from "../alignment/preferences-card";
import { EarlyWinCard } from "../early-wins/early-win-card";
import { EscalationsCard } from "../escalations/escalations-card";
import { LessonsLogCard } from "../escalations/lessons-log-card";
import { QuarterlyReviewsCard } from "../reviews/quarterly-reviews-card";

export interface RelationshipCardProps {
  ws: string;
  partnerId: string;
  /** The partner as `can()` needs it: who may edit is decided per card from it. */
  resource: PartnerResource;
}

/**
 * The records both sides keep: what they agreed, built and rated on the left; preferences and
 * lessons on the right, under whatever only staff see (`hostOnly`: health and readiness).
 */
export function RelationshipCards({ hostOnly, ...props }: RelationshipCardProps & { hostOnly?: ReactNode }) {
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
          {hostOnly}
          <PreferencesCard {...props} />
          <LessonsLogCard {...props} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

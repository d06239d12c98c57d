import { Grid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AlignmentCard } from "../alignment/alignment-card";
import { PreferencesCard } from "../alignment/preferences-card";
import { EarlyWinCard } from "../early-wins/early-win-card";
import { EscalationsCard } from "../escalations/escalations-card";
import { LessonsLogCard } from "../escalations/lessons-log-card";
import { usePortal } from "../portal/api";
import { QuarterlyReviewsCard } from "../reviews/quarterly-reviews-card";
import { useWorkspace } from "../workspace/api";

/** The partner's side of the relationship: the same records as staff see, without internal ones. */
export function PortalRelationshipPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const portal = usePortal(workspace.slug);
  if (portal.error) return <QueryError error={portal.error} onRetry={() => void portal.refetch()} />;
  if (portal.isPending) return <PageLoader />;
  const partner = portal.data.partner;
  const props = { ws: workspace.slug, partnerId: partner.id, resource: { id: partner.id, ownerUserId: null, teamUserIds: [] } };
  return (
    <Stack gap="lg">
      <PageHeader title={t("relationship.page.portalTitle")} description={t("relationship.page.portalDescription", { workspace: workspace.name })} />
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
            <PreferencesCard {...props} />
            <LessonsLogCard {...props} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

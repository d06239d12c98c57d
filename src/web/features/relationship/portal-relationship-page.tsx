import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { usePortal } from "../portal/api";
import { useWorkspace } from "../workspace/api";
import { RelationshipCards } from "./relationship-cards";

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
      <RelationshipCards {...props} />
    </Stack>
  );
}

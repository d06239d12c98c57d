import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";

/** The partner user's open surveys to answer. */
export function PortalSurveysPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t("surveys.portalTitle")} description={t("surveys.portalDescription")} />
    </Stack>
  );
}

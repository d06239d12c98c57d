import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { useWorkspace } from "../workspace/api";
import { MySurveysList } from "./my-surveys-list";

/** The partner user's open surveys to answer. */
export function PortalSurveysPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  return (
    <Stack gap="lg">
      <PageHeader title={t("surveys.portalTitle")} description={t("surveys.portalDescription")} />
      <MySurveysList ws={ws} portal />
    </Stack>
  );
}

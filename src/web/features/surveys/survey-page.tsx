import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";

/** One survey: the answer form when it is open to me, the results for readers. */
export function SurveyPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t("surveys.surveyTitle")} />
    </Stack>
  );
}

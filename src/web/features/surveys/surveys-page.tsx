import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";

/** Staff surveys: the ones open to me, and for readers every survey with its results. */
export function SurveysPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t("surveys.title")} description={t("surveys.description")} />
    </Stack>
  );
}

import { Button, Stack } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { useActor, useWorkspace } from "../workspace/api";
import { useSurveys } from "./api";
import { MySurveysList } from "./my-surveys-list";
import { NewSurveyDialog } from "./new-survey-dialog";
import { SurveysTable } from "./surveys-table";

/** Staff surveys: the ones open to me, and for readers every survey with its results. */
export function SurveysPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const canRead = can(actor, "survey.read") === "allow";
  const canManage = can(actor, "survey.manage") === "allow";
  const surveys = useSurveys(ws, canRead);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t("surveys.title")}
        description={t("surveys.description")}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t("surveys.create.open")}
            </Button>
          )
        }
      />
      <MySurveysList ws={ws} portal={false} />
      {canRead &&
        (surveys.error ? (
          <QueryError error={surveys.error} onRetry={() => void surveys.refetch()} />
        ) : surveys.isPending ? (
          <PageLoader />
        ) : (
          <SurveysTable ws={ws} surveys={surveys.data} canManage={canManage} />
        ))}
      {canManage && <NewSurveyDialog ws={ws} opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

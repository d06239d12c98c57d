import { Stack, Tabs, Text } from "@mantine/core";
import { IconFileDescription, IconInfoCircle } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can } from "../../../../domain/access/policy";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { AnchorLink } from "../../../components/router-links";
import { usePrograms } from "../../programs/api";
import { useActor, useWorkspace } from "../../workspace/api";
import { useFormConfig, usePageConfig } from "../api";
import { FormEditor } from "./form-editor";
import { PageEditor } from "./page-editor";
import { PublicLinks } from "./public-links";

const route = getRouteApi("/w/$ws/programs/$programId/recruiting");

/** A program's recruiting settings (R-B2, R-B7): the public application form and partnering page. */
export function RecruitingPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const { programId } = route.useParams();
  const canConfigure = can(actor, "recruiting.configure") === "allow";
  const programs = usePrograms(ws);
  const formConfig = useFormConfig(ws, programId);
  const pageConfig = usePageConfig(ws, programId);
  const program = programs.data?.find((candidate) => candidate.id === programId);
  const error = programs.error ?? formConfig.error ?? pageConfig.error;

  const back = (
    <AnchorLink to="/w/$ws/programs" params={{ ws }} size="sm">
      ← {t("applications.recruiting.back")}
    </AnchorLink>
  );
  if (error) {
    return (
      <Stack align="flex-start">
        {back}
        <QueryError error={error} onRetry={() => void Promise.all([programs.refetch(), formConfig.refetch(), pageConfig.refetch()])} />
      </Stack>
    );
  }
  if (!formConfig.data || !pageConfig.data || !programs.data) return <PageLoader />;

  return (
    <Stack gap="lg">
      <PageHeader before={back} title={t("applications.recruiting.title", { program: program?.name ?? "" })} description={t("applications.recruiting.description")} />
      {!canConfigure && (
        <Text size="sm" c="dimmed">
          {t("applications.recruiting.readOnly")}
        </Text>
      )}
      <PublicLinks formOpen={formConfig.data.open && formConfig.data.tracks.length > 0} pagePublished={pageConfig.data.published} paths={formConfig.data.publicPaths} />
      <Tabs defaultValue="form" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="form" leftSection={<IconFileDescription size={16} aria-hidden />}>
            {t("applications.recruiting.tabs.form")}
          </Tabs.Tab>
          <Tabs.Tab value="page" leftSection={<IconInfoCircle size={16} aria-hidden />}>
            {t("applications.recruiting.tabs.page")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="form">
          <FormEditor key={formConfig.data.version} ws={ws} config={formConfig.data} canConfigure={canConfigure} onReload={() => void formConfig.refetch()} />
        </Tabs.Panel>
        <Tabs.Panel value="page">
          <PageEditor key={pageConfig.data.version} ws={ws} config={pageConfig.data} canConfigure={canConfigure} onReload={() => void pageConfig.refetch()} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

import { Alert, EmptyState, LoadingOverlay, Paper, Stack, Text } from "@mantine/core";
import { IconCertificate, IconScale, IconSearchOff } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { ButtonLink } from "../../components/router-links";
import { useActor, useWorkspace } from "../workspace/api";
import { useCalibration } from "./api";
import { CalibrationFilters } from "./calibration-filters";
import { DifferenceChart } from "./difference-chart";
import { FiguresTable, InterviewsTable } from "./figures-table";
import { RetroNotes } from "./retro-notes";
import type { CalibrationSearch } from "./search";

const route = getRouteApi("/w/$ws/calibration");

/** Each interviewer's scores against the panel (R-B4): filters, chart, numbers, the interviews used, retro notes. */
export function CalibrationPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/calibration" });
  const report = useCalibration(ws, search);
  const update = (changes: Partial<CalibrationSearch>) => void navigate({ search: (previous) => ({ ...previous, ...changes }) });
  const filtered = Boolean(search.kitId || search.stageKey || search.from || search.to);
  const scope = { kitId: search.kitId, stageKey: search.stageKey, from: search.from, to: search.to };

  return (
    <>
      <PageHeader
        title={t("calibration.title")}
        description={t("calibration.description")}
        actions={
          <ButtonLink to="/w/$ws/calibration/certified" params={{ ws }} variant="default" leftSection={<IconCertificate size={16} aria-hidden />}>
            {t("calibration.certifiedLink")}
          </ButtonLink>
        }
      />
      <CalibrationFilters search={search} kits={report.data?.kits ?? []} onChange={update} />
      {report.error ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : report.isPending ? (
        <PageLoader />
      ) : (
        <Stack gap="lg" pos="relative">
          <LoadingOverlay visible={report.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
          <Text size="sm" c="dimmed">
            {t("calibration.rule", { threshold: report.data.rule.threshold, minShared: report.data.rule.minShared })}
          </Text>
          {report.data.truncated && (
            <Alert color="orange" role="status">
              {t("calibration.truncated", { count: report.data.interviews.length })}
            </Alert>
          )}
          {report.data.interviews.length === 0 ? (
            <Paper withBorder p="xl">
              {filtered ? (
                <EmptyState icon={<IconSearchOff aria-hidden />} title={t("calibration.noMatchTitle")} description={t("calibration.noMatch")} />
              ) : (
                <EmptyState icon={<IconScale aria-hidden />} title={t("calibration.emptyTitle")} description={t("calibration.empty")} />
              )}
            </Paper>
          ) : (
            <>
              {report.data.interviewers.length === 0 ? (
                <Alert color="gray" role="status">
                  {t("calibration.notComparable")}
                </Alert>
              ) : (
                <>
                  <DifferenceChart report={report.data} />
                  <FiguresTable report={report.data} />
                </>
              )}
              <InterviewsTable interviews={report.data.interviews} />
            </>
          )}
          <RetroNotes ws={ws} scope={scope} kits={report.data.kits} canWrite={can(actor, "calibration.manage") === "allow"} />
        </Stack>
      )}
    </>
  );
}

import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../components/query-error";
import { countryName, formatDate } from "../../i18n/format";
import { stageKey } from "../../i18n/labels";
import { LifecycleStage } from "../../../domain/partners/lifecycle";
import { useCandidate } from "./api";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}

/** What the interviewer prepares from: the candidate's basics and, if they applied, their answers. */
export function CandidateCard({ ws, partnerId }: { ws: string; partnerId: string }) {
  const { t } = useTranslation();
  const candidate = useCandidate(ws, partnerId);
  if (candidate.error) return <QueryError error={candidate.error} onRetry={() => void candidate.refetch()} />;
  if (candidate.isPending) return <Skeleton h={160} />;
  const { partner, application } = candidate.data;
  const stage = LifecycleStage.safeParse(partner.stage);
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t("interviews.page.candidate")}: {partner.name}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Fact label={t("interviews.page.type")}>{partner.type}</Fact>
          <Fact label={t("interviews.page.stage")}>{stage.success ? t(stageKey(stage.data)) : partner.stage}</Fact>
          <Fact label={t("interviews.page.country")}>{partner.country ? countryName(partner.country) : t("common.notSet")}</Fact>
          <Fact label={t("interviews.page.timeZone")}>{partner.timeZone}</Fact>
          <Fact label={t("interviews.page.website")}>
            {partner.website ? (
              <Anchor href={partner.website} target="_blank" rel="noreferrer">
                {partner.website}
              </Anchor>
            ) : (
              t("common.notSet")
            )}
          </Fact>
          <Fact label={t("interviews.page.contact")}>{partner.contactName ?? t("common.notSet")}</Fact>
        </SimpleGrid>
        <div>
          <Title order={3} size="h5" mb={4}>
            {t("interviews.page.application")}
          </Title>
          {application ? (
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {t("interviews.page.submittedOn", { date: formatDate(application.submittedAt) })}
              </Text>
              {application.answers.map((answer) => (
                <Fact key={answer.key} label={answer.label}>
                  <Text span size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {answer.value || t("interviews.page.noAnswer")}
                  </Text>
                </Fact>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t("interviews.page.noApplication")}
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

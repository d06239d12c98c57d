import { Group, Paper, RingProgress, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { formatDateTime } from "../../i18n/format";
import type { RelationshipCardProps } from "../relationship/relationship-tab";
import { usePartnerHealth } from "./api";
import { BandBadge, bandColor } from "./band-badge";
import { FactorBars } from "./factor-bars";
import { TrendChart } from "./trend-chart";

/**
 * One partner's relationship health (R-F9): the score and its band, how much of the planned
 * weight it rests on, every factor with its explanation, and the weekly trend of the last year.
 */
export function HealthScorecard({ ws, partnerId }: RelationshipCardProps) {
  const { t } = useTranslation();
  const health = usePartnerHealth(ws, partnerId);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="health-scorecard-title" id="health">
      <Stack gap="md">
        <Title order={2} size="h4" id="health-scorecard-title">
          {t("health.scorecard.title")}
        </Title>
        {health.error ? (
          <QueryError error={health.error} onRetry={() => void health.refetch()} />
        ) : health.isPending ? (
          <PageLoader />
        ) : (
          <>
            <Group gap="md" wrap="nowrap" align="center">
              <RingProgress
                size={88}
                thickness={9}
                roundCaps
                sections={[{ value: health.data.health.score, color: bandColor[health.data.health.band] }]}
                label={
                  <Text ta="center" fw={700} size="xl" aria-hidden>
                    {health.data.health.score}
                  </Text>
                }
                aria-label={t("health.scorecard.scoreLabel", { score: health.data.health.score })}
                role="img"
              />
              <Stack gap={4}>
                <BandBadge band={health.data.health.band} size="lg" />
                <Text size="sm" c="dimmed">
                  {health.data.health.basedOnWeight >= 100 ? t("health.scorecard.basedOnAll") : t("health.scorecard.basedOn", { weight: health.data.health.basedOnWeight })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("health.scorecard.computedAt", { when: formatDateTime(health.data.computedAt) })}
                </Text>
              </Stack>
            </Group>
            <Title order={3} size="h5">
              {t("health.scorecard.factorsTitle")}
            </Title>
            <FactorBars factors={health.data.health.factors} />
            <Title order={3} size="h5">
              {t("health.scorecard.trendTitle")}
            </Title>
            <TrendChart points={health.data.trend} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

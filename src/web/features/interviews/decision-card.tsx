import { Alert, Badge, Button, Group, List, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconGavel } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { recommendationValues } from "../../../domain/interviews/kit";
import type { DecisionOverview } from "../../../domain/interviews/contracts";
import { allowedMoves } from "../../../domain/partners/lifecycle";
import type { Partner } from "../../../domain/partners/schemas";
import { problemMessage } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { QueryError } from "../../components/query-error";
import { formatDateTime } from "../../i18n/format";
import { stageKey } from "../../i18n/labels";
import { useMoveStage } from "../partners/api";
import { useDecisionOverview } from "./api";
import { DecideDialog } from "./decide-dialog";
import { SummaryChart } from "./summary-chart";

interface DecisionCardProps {
  ws: string;
  partner: Partner;
  canDecide: boolean;
  canMove: boolean;
}

/** After a decision, the pipeline move it implies: contracting for a yes, declined for a no. */
function NextStep({ ws, partner, outcome }: { ws: string; partner: Partner; outcome: "yes" | "no" }) {
  const { t } = useTranslation();
  const move = useMoveStage(ws, partner.id);
  const target = outcome === "yes" ? "contracting" : "declined";
  if (!allowedMoves(partner.stage).includes(target)) return null;
  const stage = t(stageKey(target));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t("interviews.summary.next")}
      </Text>
      {move.error !== null && (
        <Alert color="red" role="alert">
          {problemMessage(move.error, t)}
        </Alert>
      )}
      <Group>
        <Button
          size="xs"
          variant="light"
          loading={move.isPending}
          onClick={() =>
            move.mutate({ stage: target, reason: t("interviews.summary.moveReason", { outcome: t(`interviews.summary.outcome.${outcome}`) }), version: partner.version }, { onSuccess: () => notifySuccess(t("interviews.summary.moved", { stage })) })
          }
        >
          {t("interviews.summary.moveTo", { stage })}
        </Button>
      </Group>
    </Stack>
  );
}

function Figures({ overview }: { overview: DecisionOverview }) {
  const { t } = useTranslation();
  const { summary } = overview;
  if (summary.stages.length === 0) return <Text size="sm">{t("interviews.summary.empty")}</Text>;
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={600}>
          {t("interviews.summary.overall")}: {summary.overallScore ?? t("interviews.summary.noScore")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("interviews.summary.overallHint")}
        </Text>
      </div>
      {summary.stages.map((stage) => (
        <Stack key={stage.stageKey} gap={6}>
          <Title order={3} size="h6">
            {t("interviews.summary.stageScore", { stage: stage.stageName, score: stage.weightedScore ?? t("interviews.summary.noScore") })}
          </Title>
          <SummaryChart stage={stage} />
        </Stack>
      ))}
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t("interviews.summary.recommendations")}
        </Text>
        <Group gap="xs">
          {recommendationValues.map((value) => (
            <Badge key={value} variant="light" color="gray" tt="none">
              {t(`interviews.recommendation.${value}`)}: {summary.recommendations[value]}
            </Badge>
          ))}
        </Group>
      </div>
    </Stack>
  );
}

/** The weighted summary of the submitted scorecards, who is missing, the decisions, and deciding. */
export function DecisionCard({ ws, partner, canDecide, canMove }: DecisionCardProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  const overview = useDecisionOverview(ws, partner.id);
  if (overview.error) return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  if (overview.isPending) return <Skeleton h={200} />;
  const { summary, decisions } = overview.data;
  const latest = decisions[0];
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t("interviews.summary.title")}
          </Title>
          {canDecide && (
            <Button size="xs" leftSection={<IconGavel size={14} aria-hidden />} onClick={open}>
              {t("interviews.summary.decide")}
            </Button>
          )}
        </Group>
        {summary.withheld.length > 0 && <Alert color="blue">{t("interviews.summary.withheld")}</Alert>}
        <Figures overview={overview.data} />
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t("interviews.summary.pending")}
          </Text>
          {summary.pending.length === 0 ? (
            <Text size="sm">{t("interviews.summary.allIn")}</Text>
          ) : (
            <List size="sm">
              {summary.pending.map((item) => (
                <List.Item key={`${item.interviewId}-${item.userId}`}>{t("interviews.summary.pendingLine", { name: item.name, stage: item.stageName })}</List.Item>
              ))}
            </List>
          )}
        </div>
        {decisions.length > 0 && (
          <div>
            <Text size="sm" fw={600} mb={4}>
              {t("interviews.summary.decisions")}
            </Text>
            <Stack gap="xs">
              {decisions.map((decision) => (
                <div key={decision.id}>
                  <Group gap="xs">
                    <Badge variant="light" color={decision.outcome === "yes" ? "green" : "red"}>{t(`interviews.summary.outcome.${decision.outcome}`)}</Badge>
                    <Text size="sm">
                      {t("interviews.summary.decidedLine", { outcome: t(`interviews.summary.outcome.${decision.outcome}`), who: decision.decidedBy?.name ?? t("common.system"), date: formatDateTime(decision.decidedAt) })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {decision.emailTemplateKey ? t("interviews.summary.emailed") : t("interviews.summary.notEmailed")}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    “{decision.reason}”
                  </Text>
                </div>
              ))}
            </Stack>
          </div>
        )}
        {latest && canMove && <NextStep ws={ws} partner={partner} outcome={latest.outcome} />}
      </Stack>
      {canDecide && <DecideDialog ws={ws} partner={partner} pendingCount={summary.pending.length} opened={opened} onClose={close} />}
    </Paper>
  );
}

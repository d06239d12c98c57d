import { Alert, Anchor, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCalendarDown } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Interview } from "../../../domain/interviews/contracts";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { formatDateTime } from "../../i18n/format";
import { useWorkspace } from "../workspace/api";
import { invitePath, useInterview, useScorecards } from "./api";
import { InterviewStatusBadge, ScorecardBadge } from "./badges";
import { CandidateCard } from "./candidate-card";
import { OtherScorecards } from "./other-scorecards";
import { ScorecardForm } from "./scorecard-form";
import { ScoresTable } from "./scores-table";

const route = getRouteApi("/w/$ws/interviews/$partnerId/$interviewId");

function Details({ ws, interview }: { ws: string; interview: Interview }) {
  const { t } = useTranslation();
  const isLink = /^https?:\/\//.test(interview.location);
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t("interviews.page.details")}
          </Title>
          <InterviewStatusBadge status={interview.status} />
        </Group>
        {interview.status === "cancelled" && <Alert color="gray">{t("interviews.page.cancelled")}</Alert>}
        <Text size="sm">
          <Text span fw={600}>
            {t("interviews.page.when")}:{" "}
          </Text>
          <time dateTime={interview.startsAt}>{formatDateTime(interview.startsAt)}</time> ({t("interviews.minutes", { count: interview.durationMinutes })})
        </Text>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          <Text span fw={600}>
            {t("interviews.page.where")}:{" "}
          </Text>
          {isLink ? (
            <Anchor href={interview.location} target="_blank" rel="noreferrer">
              {interview.location}
            </Anchor>
          ) : (
            interview.location || t("interviews.noLocation")
          )}
        </Text>
        {interview.purpose && (
          <Text size="sm">
            <Text span fw={600}>
              {t("interviews.page.purpose")}:{" "}
            </Text>
            {interview.purpose}
          </Text>
        )}
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t("interviews.page.panel")}
          </Text>
          <Group gap="xs">
            {interview.panel.map((member) => (
              <ScorecardBadge key={member.userId} name={member.name} status={member.scorecard} />
            ))}
          </Group>
        </div>
        <Anchor href={invitePath(ws, interview.partner.id, interview.id)} download size="sm">
          <Group gap={6} component="span">
            <IconCalendarDown size={16} aria-hidden />
            {t("interviews.page.downloadInvite")}
          </Group>
        </Anchor>
      </Stack>
    </Paper>
  );
}

function MyScorecard({ ws, interview }: { ws: string; interview: Interview }) {
  const { t } = useTranslation();
  const cards = useScorecards(ws, interview.partner.id, interview.id);
  if (cards.error) return <QueryError error={cards.error} onRetry={() => void cards.refetch()} />;
  if (cards.isPending) return <PageLoader />;
  const { mine } = cards.data;
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          {t("interviews.scorecard.title")}
        </Title>
        {!mine ? (
          <Text size="sm">{t("interviews.scorecard.notOnPanel")}</Text>
        ) : mine.status === "submitted" && mine.submittedAt ? (
          <Stack gap="sm">
            <Text size="sm">{t("interviews.scorecard.submittedOn", { date: formatDateTime(mine.submittedAt) })}</Text>
            <ScoresTable card={mine} criteria={interview.criteria} />
          </Stack>
        ) : interview.status === "cancelled" ? (
          <Text size="sm">{t("interviews.page.cancelled")}</Text>
        ) : (
          <ScorecardForm key={mine.version ?? 0} ws={ws} partnerId={interview.partner.id} interviewId={interview.id} criteria={interview.criteria} mine={mine} />
        )}
      </Paper>
      <OtherScorecards cards={cards.data} criteria={interview.criteria} />
    </Stack>
  );
}

/** One interview as its interviewer works on it: the time and panel, the candidate, the scorecard. */
export function InterviewPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const { partnerId, interviewId } = route.useParams();
  const interview = useInterview(ws, partnerId, interviewId);
  const back = (
    <AnchorLink to="/w/$ws/interviews" params={{ ws }} size="sm">
      ← {t("interviews.page.back")}
    </AnchorLink>
  );
  if (interview.error) {
    return (
      <Stack align="flex-start">
        {back}
        <QueryError error={interview.error} onRetry={() => void interview.refetch()} />
      </Stack>
    );
  }
  if (interview.isPending) return <PageLoader />;
  const data = interview.data;
  return (
    <>
      <PageHeader before={back} title={t("interviews.page.title", { name: data.partner.name, stage: data.stageName })} description={data.kitName} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <MyScorecard ws={ws} interview={data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Details ws={ws} interview={data} />
            <CandidateCard ws={ws} partnerId={partnerId} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

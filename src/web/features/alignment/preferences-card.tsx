import { Alert, Badge, Button, Group, List, Paper, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PreferencesSummary, PreferencesView } from "../../../domain/alignment/contracts";
import { can } from "../../../domain/access/policy";
import { problemMessage } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import type { RelationshipCardProps } from "../relationship/relationship-tab";
import { useActor } from "../workspace/api";
import { useAnswerPreferences, usePreferences } from "./api";

/*
 * The preferences survey before kickoff (R-F3): each person of either side says how often to meet,
 * their zone, how they learn and which channel they prefer; the card sums both sides up so the
 * kickoff and check-ins can be planned around them (shared hours first).
 */

const frequencies = ["weekly", "every_two_weeks", "monthly", "quarterly"] as const;
const styles = ["reading", "video", "live_session", "hands_on"] as const;
const channels = ["email", "chat", "video_call", "phone", "portal"] as const;
type Answers = NonNullable<PreferencesView["mine"]>;

export function PreferencesCard({ ws, partnerId, resource }: RelationshipCardProps) {
  const { t } = useTranslation();
  const canAnswer = can(useActor(), "relationship.write", { partner: resource }) === "allow";
  const preferences = usePreferences(ws, partnerId);
  return (
    <Paper withBorder p="lg" id="preferences">
      <Title order={2} size="h4" mb={4}>
        {t("alignment.preferences.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("alignment.preferences.intro")}
      </Text>
      {preferences.error ? (
        <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : preferences.isPending ? (
        <PageLoader />
      ) : (
        <Stack>
          <SummaryView summary={preferences.data.summary} />
          {canAnswer && <PreferencesForm ws={ws} partnerId={partnerId} mine={preferences.data.mine} />}
          <AnswersList view={preferences.data} />
        </Stack>
      )}
    </Paper>
  );
}

function SummaryView({ summary }: { summary: PreferencesSummary }) {
  const { t } = useTranslation();
  if (summary.answered.host + summary.answered.partner === 0) return <Text size="sm">{t("alignment.preferences.empty")}</Text>;
  const top = <Value extends string>(tallies: { value: Value; host: number; partner: number }[], label: (value: Value) => string) =>
    tallies.map((tally) => t("alignment.preferences.tally", { value: label(tally.value), host: tally.host, partner: tally.partner })).join(" · ");
  return (
    <Stack gap={4} aria-label={t("alignment.preferences.summaryTitle")} role="group">
      <Text size="sm">{t("alignment.preferences.answered", { host: summary.answered.host, partner: summary.answered.partner })}</Text>
      <Text size="sm">
        <strong>{t("alignment.preferences.commonHours")}</strong>{" "}
        {summary.commonHours
          ? summary.commonHours.windows.map((window) => t("alignment.preferences.window", window)).join(" · ")
          : t("alignment.preferences.noCommonHours")}
      </Text>
      <Text size="sm">
        <strong>{t("alignment.preferences.fields.meetingFrequency")}:</strong> {top(summary.meetingFrequency, (value) => t(`alignment.preferences.frequency.${value}`))}
      </Text>
      <Text size="sm">
        <strong>{t("alignment.preferences.fields.preferredChannel")}:</strong> {top(summary.preferredChannel, (value) => t(`alignment.preferences.channel.${value}`))}
      </Text>
      <Text size="sm">
        <strong>{t("alignment.preferences.fields.learningStyle")}:</strong> {top(summary.learningStyle, (value) => t(`alignment.preferences.style.${value}`))}
      </Text>
    </Stack>
  );
}

function PreferencesForm({ ws, partnerId, mine }: { ws: string; partnerId: string; mine: Answers | null }) {
  const { t } = useTranslation();
  const answer = useAnswerPreferences(ws, partnerId);
  const [values, setValues] = useState<Partial<Answers>>(mine ?? { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  const set = (field: keyof Answers) => (value: string | null) => setValues((current) => ({ ...current, [field]: value ?? undefined }));
  const { meetingFrequency, timeZone, learningStyle, preferredChannel } = values;
  const complete = meetingFrequency && timeZone && learningStyle && preferredChannel ? { meetingFrequency, timeZone, learningStyle, preferredChannel } : null;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (complete) answer.mutate(complete, { onSuccess: () => notifySuccess(t("alignment.preferences.saved")) });
  };
  const frequencyOptions = frequencies.map((value) => ({ value, label: t(`alignment.preferences.frequency.${value}`) }));
  const styleOptions = styles.map((value) => ({ value, label: t(`alignment.preferences.style.${value}`) }));
  const channelOptions = channels.map((value) => ({ value, label: t(`alignment.preferences.channel.${value}`) }));
  return (
    <form onSubmit={submit} noValidate aria-label={t("alignment.preferences.formTitle")}>
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {mine ? t("alignment.preferences.changeMine") : t("alignment.preferences.answerMine")}
        </Text>
        {answer.error !== null && (
          <Alert color="red" role="alert">
            {problemMessage(answer.error, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t("alignment.preferences.fields.meetingFrequency")} data={frequencyOptions} value={meetingFrequency ?? null} onChange={set("meetingFrequency")} required />
          <Select label={t("alignment.preferences.fields.timeZone")} data={Intl.supportedValuesOf("timeZone")} value={timeZone ?? null} onChange={set("timeZone")} searchable required />
          <Select label={t("alignment.preferences.fields.learningStyle")} data={styleOptions} value={learningStyle ?? null} onChange={set("learningStyle")} required />
          <Select label={t("alignment.preferences.fields.preferredChannel")} data={channelOptions} value={preferredChannel ?? null} onChange={set("preferredChannel")} required />
        </SimpleGrid>
        <Group>
          <Button type="submit" size="xs" disabled={!complete} loading={answer.isPending}>
            {t("alignment.preferences.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AnswersList({ view }: { view: PreferencesView }) {
  const { t } = useTranslation();
  if (view.answers.length === 0) return null;
  return (
    <List size="sm" spacing={4} aria-label={t("alignment.preferences.answersLabel")}>
      {view.answers.map((answer) => (
        <List.Item key={answer.person.userId}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600} span>
              {answer.person.name}
            </Text>
            <Badge size="xs" variant="light" color={answer.side === "host" ? "blue" : "grape"}>
              {t(`alignment.side.${answer.side}`)}
            </Badge>
            <Text size="sm" span>
              {[
                t(`alignment.preferences.frequency.${answer.answers.meetingFrequency}`),
                answer.answers.timeZone,
                t(`alignment.preferences.style.${answer.answers.learningStyle}`),
                t(`alignment.preferences.channel.${answer.answers.preferredChannel}`),
              ].join(" · ")}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

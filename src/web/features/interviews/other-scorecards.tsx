import { Alert, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconEyeOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { InterviewScorecards } from "../../../domain/interviews/contracts";
import type { InterviewCriterion } from "../../../domain/interviews/kit";
import { ScorecardBadge } from "./badges";
import { ScoresTable } from "./scores-table";

/**
 * The rest of the panel. The server leaves others' scores out until the reader's own scorecard is
 * submitted; this only says so, and shows who has submitted.
 */
export function OtherScorecards({ cards, criteria }: { cards: InterviewScorecards; criteria: readonly InterviewCriterion[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="sm">
        {t("interviews.others.title")}
      </Title>
      {cards.others.length === 0 ? (
        <Text size="sm">{t("interviews.others.none")}</Text>
      ) : (
        <Stack gap="md">
          {!cards.othersVisible && (
            <Alert color="blue" icon={<IconEyeOff size={18} aria-hidden />}>
              {t("interviews.others.hidden")}
            </Alert>
          )}
          {cards.others.map((card) => (
            <div key={card.interviewer.userId}>
              <Group gap="xs" mb={4}>
                <Text fw={600} size="sm">
                  {card.interviewer.name}
                </Text>
                <ScorecardBadge status={card.status} />
              </Group>
              {card.scores ? <ScoresTable card={card} criteria={criteria} /> : cards.othersVisible && <Text size="sm" c="dimmed">{t("interviews.others.notYet")}</Text>}
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

import { Grid, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Cohort } from "../../../domain/journeys/contracts";
import { StatusChart } from "./status-chart";

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}

/** The cohort's figures (R-D5): how many, how long onboarding takes, how long to each milestone. */
export function CohortFigures({ figures }: { figures: Cohort["figures"] }) {
  const { t } = useTranslation();
  const days = (value: number | null) => (value === null ? t("journeys.cohort.noFigure") : t("journeys.cohort.days", { count: value }));
  return (
    <Grid gap="lg" mb="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p="lg" h="100%" component="section" aria-labelledby="cohort-status">
          <Title order={2} size="h4" mb="sm" id="cohort-status">
            {t("journeys.cohort.byStatus")}
          </Title>
          <StatusChart byStatus={figures.byStatus} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="lg" h="100%" component="section" aria-labelledby="cohort-figures">
          <Title order={2} size="h4" mb="sm" id="cohort-figures">
            {t("journeys.cohort.figures")}
          </Title>
          <SimpleGrid cols={2} mb="md">
            <Stat label={t("journeys.cohort.journeys")} value={String(figures.journeys)} />
            <Stat label={t("journeys.cohort.medianDuration")} value={days(figures.medianDurationDays)} hint={t("journeys.cohort.medianDurationHint")} />
          </SimpleGrid>
          {figures.milestones.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("journeys.cohort.noMilestones")}
            </Text>
          ) : (
            <Table verticalSpacing={4}>
              <caption>
                <VisuallyHidden>{t("journeys.cohort.milestonesCaption")}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("journeys.cohort.milestone")}</Table.Th>
                  <Table.Th>{t("journeys.cohort.reached")}</Table.Th>
                  <Table.Th>{t("journeys.cohort.medianTime")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.milestones.map((milestone) => (
                  <Table.Tr key={milestone.key}>
                    <Table.Td>{milestone.title}</Table.Td>
                    <Table.Td>{milestone.reached}</Table.Td>
                    <Table.Td>{days(milestone.medianDays)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

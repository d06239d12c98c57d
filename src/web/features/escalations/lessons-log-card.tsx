import { Badge, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { formatDate } from "../../i18n/format";
import type { RelationshipCardProps } from "../relationship/relationship-tab";
import { useLessons } from "./api";

/** The lessons both sides learned from resolved misunderstandings (R-F5), each side's view beside the other. */
export function LessonsLogCard({ ws, partnerId }: RelationshipCardProps) {
  const { t } = useTranslation();
  const lessons = useLessons(ws, partnerId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="lessons-log-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id="lessons-log-title">
            {t("escalations.lessons.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("escalations.lessons.description")}
          </Text>
        </Stack>
        {lessons.error ? (
          <QueryError error={lessons.error} onRetry={() => void lessons.refetch()} />
        ) : lessons.isPending ? (
          <PageLoader />
        ) : lessons.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("escalations.lessons.empty")}
          </Text>
        ) : (
          <Stack gap="md">
            {lessons.data.map((lesson, index) => (
              <Fragment key={lesson.escalationId}>
                {index > 0 && <Divider />}
                <Stack gap="xs" component="article" aria-label={lesson.summary}>
                  <Group justify="space-between" gap="xs">
                    <Text fw={600} size="sm">
                      {lesson.summary}
                    </Text>
                    <Badge variant="light" color={lesson.meetingHeldInTime ? "green" : "orange"}>
                      {lesson.meetingHeldInTime ? t("escalations.lessons.inTime") : t("escalations.lessons.late")}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t("escalations.lessons.resolvedOn", { date: formatDate(lesson.resolvedAt) })}
                  </Text>
                  <Text size="sm">
                    <Text span fw={600}>
                      {t("escalations.lessons.lesson")}:{" "}
                    </Text>
                    {lesson.lessonLearned}
                  </Text>
                  <Text size="sm">
                    <Text span fw={600}>
                      {t("escalations.lessons.action")}:{" "}
                    </Text>
                    {lesson.agreedAction}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    {(["host", "partner"] as const).map((side) => (
                      <Stack key={side} gap={2}>
                        <Text size="xs" fw={600} c="dimmed">
                          {t(`escalations.lessons.${side}`)}
                        </Text>
                        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                          {lesson.perspectives[side]}
                        </Text>
                      </Stack>
                    ))}
                  </SimpleGrid>
                </Stack>
              </Fragment>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

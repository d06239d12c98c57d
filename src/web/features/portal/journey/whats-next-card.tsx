import { Badge, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { WorkItem } from "../../../../domain/journeys/contracts";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { AnchorLink } from "../../../components/router-links";
import { i18n } from "../../../i18n";
import { useWhatsNext } from "./api";
import { dueDay } from "./owner-label";
import { LabelledProgress } from "../../journeys/step-work/labelled-progress";

function ItemLine({ ws, item, zone, who }: { ws: string; item: WorkItem; zone: string; who?: string }) {
  const { t } = useTranslation();
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        <AnchorLink to="/w/$ws/portal/journey" params={{ ws }} search={{ journey: item.journeyId, step: item.stepId }} fw={600} size="sm">
          {item.title}
        </AnchorLink>
        {item.late && (
          <Badge color="red" variant="light" size="sm">
            {t("portalJourney.statuses.late")}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {[item.dueAt ? t(item.late ? "portalJourney.dueLate" : "portalJourney.due", { date: dueDay(item.dueAt, zone, i18n.language) }) : t("portalJourney.noDue"), who].filter(Boolean).join(" · ")}
      </Text>
    </List.Item>
  );
}

/**
 * The portal's first card: what waits for the partner now, and what the host is working on, so
 * nobody wonders who holds things up. Each item opens its step on the journey page.
 */
export function WhatsNextCard({ ws, partnerId, hostName, zone }: { ws: string; partnerId: string; hostName: string; zone: string }) {
  const { t } = useTranslation();
  const next = useWhatsNext(ws, partnerId);
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t("portalJourney.whatsNext.title")}
        </Title>
        {next.error ? (
          <QueryError error={next.error} onRetry={() => void next.refetch()} />
        ) : next.isPending ? (
          <PageLoader />
        ) : next.data.journeyId === null ? (
          <Text size="sm">{t("portalJourney.whatsNext.noJourney", { host: hostName })}</Text>
        ) : (
          <>
            {next.data.progress && (
              <div>
                <Text size="sm" id="whats-next-progress">
                  {t("portalJourney.progress", next.data.progress)}
                </Text>
                <LabelledProgress value={next.data.progress.percent} labelledBy="whats-next-progress" />
              </div>
            )}
            <div>
              <Title order={3} size="h5" mb={4}>
                {t("portalJourney.whatsNext.mine")}
              </Title>
              {next.data.mine.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t("portalJourney.whatsNext.none")}
                </Text>
              ) : (
                <List spacing="xs" listStyleType="none">
                  {next.data.mine.map((item) => (
                    <ItemLine key={item.stepId} ws={ws} item={item} zone={zone} />
                  ))}
                </List>
              )}
            </div>
            <div>
              <Title order={3} size="h5" mb={4}>
                {t("portalJourney.whatsNext.theirs", { host: hostName })}
              </Title>
              {next.data.theirs.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t("portalJourney.whatsNext.noneTheirs", { host: hostName })}
                </Text>
              ) : (
                <List spacing="xs" listStyleType="none">
                  {next.data.theirs.map((item) => (
                    <ItemLine key={item.stepId} ws={ws} item={item} zone={zone} who={item.owner ? t("portalJourney.ownerHost", { name: item.owner.name, host: hostName }) : undefined} />
                  ))}
                </List>
              )}
            </div>
            <AnchorLink to="/w/$ws/portal/journey" params={{ ws }} search={{ journey: next.data.journeyId }} size="sm">
              <Group gap={4} component="span">
                {t("portalJourney.whatsNext.seeAll")}
                <IconArrowRight size={14} aria-hidden />
              </Group>
            </AnchorLink>
          </>
        )}
      </Stack>
    </Paper>
  );
}

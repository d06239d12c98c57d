import { EmptyState, Paper, Table, Text } from "@mantine/core";
import { IconMessages } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { MyInterview } from "../../../domain/interviews/contracts";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { formatDateTime } from "../../i18n/format";
import { useWorkspace } from "../workspace/api";
import { useMyInterviews } from "./api";
import { InterviewStatusBadge, ScorecardBadge } from "./badges";

function Row({ ws, item }: { ws: string; item: MyInterview }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        <AnchorLink to="/w/$ws/interviews/$partnerId/$interviewId" params={{ ws, partnerId: item.partner.id, interviewId: item.id }} aria-label={t("interviews.mine.openNamed", { stage: item.stageName, name: item.partner.name })}>
          {item.partner.name}
        </AnchorLink>
      </Table.Th>
      <Table.Td>{item.stageName}</Table.Td>
      <Table.Td>
        <time dateTime={item.startsAt}>{formatDateTime(item.startsAt)}</time>
        <Text size="xs" c="dimmed">
          {t("interviews.minutes", { count: item.durationMinutes })}
        </Text>
      </Table.Td>
      <Table.Td style={{ overflowWrap: "anywhere" }}>{item.location || t("interviews.noLocation")}</Table.Td>
      <Table.Td>{item.status === "scheduled" ? <ScorecardBadge status={item.myScorecard} /> : <InterviewStatusBadge status={item.status} />}</Table.Td>
    </Table.Tr>
  );
}

function Section({ ws, title, items }: { ws: string; title: string; items: MyInterview[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" mb="lg">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm">
          <Table.Caption style={{ captionSide: "top", textAlign: "left", fontWeight: 700 }}>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("interviews.mine.candidate")}</Table.Th>
              <Table.Th scope="col">{t("interviews.mine.stage")}</Table.Th>
              <Table.Th scope="col">{t("interviews.mine.when")}</Table.Th>
              <Table.Th scope="col">{t("interviews.mine.where")}</Table.Th>
              <Table.Th scope="col">{t("interviews.mine.scorecard")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Row key={item.id} ws={ws} item={item} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The interviewer's own list: upcoming interviews first, then the ones that are over. */
export function MyInterviewsPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const mine = useMyInterviews(ws);
  return (
    <>
      <PageHeader title={t("interviews.mine.title")} description={t("interviews.mine.description")} />
      {mine.error ? (
        <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.isPending ? (
        <PageLoader />
      ) : mine.data.items.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconMessages aria-hidden />} title={t("interviews.mine.emptyTitle")} description={t("interviews.mine.empty")} />
        </Paper>
      ) : (
        <>
          <Section ws={ws} title={t("interviews.mine.upcoming")} items={mine.data.items.filter((item) => item.upcoming)} />
          <Section ws={ws} title={t("interviews.mine.past")} items={mine.data.items.filter((item) => !item.upcoming)} />
        </>
      )}
    </>
  );
}

import { Grid, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { agendaGuideFor } from "../../../domain/trust/agenda-guides";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import type { RelationshipCardProps } from "../relationship/relationship-tab";
import { useActor } from "../workspace/api";
import { AlignmentHistory } from "./alignment-history";
import { AlignmentRecordView } from "./alignment-record-view";
import { useAlignment } from "./api";

/*
 * The alignment record (R-F2): what both sides settled in the alignment conversation, kept up to
 * date by both. The conversation's discussion guide sits beside it, because the record's fields
 * follow the guide's questions.
 */
export function AlignmentCard({ ws, partnerId, resource }: RelationshipCardProps) {
  const { t } = useTranslation();
  const canEdit = can(useActor(), "relationship.write", { partner: resource }) === "allow";
  const record = useAlignment(ws, partnerId);
  const guide = agendaGuideFor("alignment");
  return (
    <Paper withBorder p="lg" id="alignment">
      <Title order={2} size="h4" mb={4}>
        {t("alignment.record.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("alignment.record.intro")}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {record.error ? (
            <QueryError error={record.error} onRetry={() => void record.refetch()} />
          ) : record.isPending ? (
            <PageLoader />
          ) : (
            <Stack>
              <AlignmentRecordView ws={ws} partnerId={partnerId} view={record.data} canEdit={canEdit} onReload={() => record.refetch()} />
              <AlignmentHistory history={record.data.history} />
            </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <aside aria-labelledby="alignment-guide-title">
            <Title order={3} size="h6" id="alignment-guide-title">
              {t("alignment.guide.title")}
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              {guide.purpose}
            </Text>
            <List size="xs" spacing={6}>
              {guide.items.map((item) => (
                <List.Item key={item.title}>
                  <Text size="xs" fw={600} span>
                    {item.title}
                  </Text>
                  {": "}
                  <Text size="xs" span>
                    {item.guidance}
                  </Text>
                </List.Item>
              ))}
            </List>
          </aside>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

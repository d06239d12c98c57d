import { Alert, Button, EmptyState, Grid, Group, Paper, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { IconCalendarPlus, IconMessages } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Interview } from "../../../domain/interviews/contracts";
import type { Partner } from "../../../domain/partners/schemas";
import { problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { ButtonLink } from "../../components/router-links";
import { formatDateTime } from "../../i18n/format";
import { useCancelInterview, usePartnerInterviews } from "./api";
import { InterviewStatusBadge, ScorecardBadge } from "./badges";
import { DecisionCard } from "./decision-card";
import { ScheduleDialog } from "./schedule-dialog";

interface PartnerInterviewsTabProps {
  ws: string;
  partner: Partner;
  /** interview.manage on this partner: schedule, move, cancel, decide. */
  canManage: boolean;
  /** partner.update: move the partner along the pipeline after the decision. */
  canMove: boolean;
}

function CancelDialog({ ws, partnerId, interview, onClose }: { ws: string; partnerId: string; interview: Interview; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelInterview(ws, partnerId);
  const [reason, setReason] = useState("");
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (reason.trim() === "") return;
    cancel.mutate({ interview, reason: reason.trim() }, { onSuccess: () => { notifySuccess(t("interviews.tab.cancelled")); onClose(); } });
  };
  return (
    <AppModal opened onClose={onClose} title={t("interviews.tab.cancelTitle", { stage: interview.stageName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {cancel.error !== null && (
            <Alert color="red" role="alert">
              {problemMessage(cancel.error, t)}
            </Alert>
          )}
          <Textarea label={t("interviews.tab.cancelReason")} required autosize minRows={2} maxLength={1000} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("interviews.tab.keep")}
            </Button>
            <Button type="submit" color="red" disabled={reason.trim() === ""} loading={cancel.isPending}>
              {t("interviews.tab.cancelConfirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function InterviewRow({ ws, interview, canManage, onMove, onCancel }: { ws: string; interview: Interview; canManage: boolean; onMove: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const live = interview.status === "scheduled";
  return (
    <Table.Tr>
      <Table.Th scope="row">{interview.stageName}</Table.Th>
      <Table.Td>
        <time dateTime={interview.startsAt}>{formatDateTime(interview.startsAt)}</time>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {interview.panel.map((member) => (
            <ScorecardBadge key={member.userId} name={member.name} status={member.scorecard} />
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <InterviewStatusBadge status={interview.status} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <ButtonLink size="xs" variant="default" to="/w/$ws/interviews/$partnerId/$interviewId" params={{ ws, partnerId: interview.partner.id, interviewId: interview.id }} aria-label={t("interviews.tab.openNamed", { stage: interview.stageName })}>
            {t("interviews.tab.open")}
          </ButtonLink>
          {canManage && live && (
            <>
              <Button size="xs" variant="default" onClick={onMove} aria-label={t("interviews.tab.rescheduleNamed", { stage: interview.stageName })}>
                {t("interviews.tab.reschedule")}
              </Button>
              <Button size="xs" variant="subtle" color="red" onClick={onCancel} aria-label={t("interviews.tab.cancelNamed", { stage: interview.stageName })}>
                {t("interviews.tab.cancel")}
              </Button>
            </>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The partner page's Interviews tab: the interviews with their panels, the summary, the decision. */
export function PartnerInterviewsTab({ ws, partner, canManage, canMove }: PartnerInterviewsTabProps) {
  const { t } = useTranslation();
  const interviews = usePartnerInterviews(ws, partner.id);
  const [dialog, setDialog] = useState<{ kind: "schedule" | "move" | "cancel"; interview: Interview | null } | null>(null);
  if (interviews.error) return <QueryError error={interviews.error} onRetry={() => void interviews.refetch()} />;
  if (interviews.isPending) return <PageLoader />;
  const items = interviews.data.items;
  return (
    <Grid gap="lg">
      <Grid.Col span={12}>
        <Paper withBorder p="lg">
          <Group justify="space-between" mb="md">
            <Title order={2} size="h4">
              {t("interviews.tab.title")}
            </Title>
            {canManage && (
              <Button size="xs" leftSection={<IconCalendarPlus size={14} aria-hidden />} onClick={() => setDialog({ kind: "schedule", interview: null })}>
                {t("interviews.tab.schedule")}
              </Button>
            )}
          </Group>
          {items.length === 0 ? (
            <EmptyState icon={<IconMessages aria-hidden />} title={t("interviews.tab.emptyTitle")} description={t("interviews.tab.empty")} />
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm">
                <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>
                  <Text span size="sm" c="dimmed">
                    {t("interviews.tab.caption", { name: partner.name })}
                  </Text>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("interviews.tab.stage")}</Table.Th>
                    <Table.Th scope="col">{t("interviews.tab.when")}</Table.Th>
                    <Table.Th scope="col">{t("interviews.tab.panel")}</Table.Th>
                    <Table.Th scope="col">{t("interviews.tab.status")}</Table.Th>
                    <Table.Th scope="col">{t("interviews.tab.actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((interview) => (
                    <InterviewRow key={interview.id} ws={ws} interview={interview} canManage={canManage} onMove={() => setDialog({ kind: "move", interview })} onCancel={() => setDialog({ kind: "cancel", interview })} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <DecisionCard ws={ws} partner={partner} canDecide={canManage} canMove={canMove} />
      </Grid.Col>
      {dialog && dialog.kind !== "cancel" && (
        <ScheduleDialog key={dialog.interview?.id ?? "new"} ws={ws} partnerId={partner.id} partnerTimeZone={partner.timeZone} interview={dialog.interview} opened onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "cancel" && dialog.interview && <CancelDialog ws={ws} partnerId={partner.id} interview={dialog.interview} onClose={() => setDialog(null)} />}
    </Grid>
  );
}

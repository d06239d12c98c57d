import { Alert, Anchor, Badge, EmptyState, LoadingOverlay, Paper, SegmentedControl, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconInfoCircle, IconMailOff } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OutboxMessage } from "../../../domain/audit/schemas";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { PaginationFooter } from "../../components/pagination-footer";
import { QueryError } from "../../components/query-error";
import { formatDateTime } from "../../i18n/format";
import { useWorkspace } from "../workspace/api";
import { OUTBOX_PAGE_SIZE, useOutbox } from "./api";
import { AppModal } from "../../components/app-modal";

const route = getRouteApi("/w/$ws/outbox");
const statuses = ["pending", "sent", "failed"] as const;
const statusColors = { pending: "yellow", sent: "green", failed: "red" } as const;

/** Every email Accord sends, queued here first; without SMTP they simply wait here. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/w/$ws/outbox" });
  const outbox = useOutbox(ws, search);
  const [reading, setReading] = useState<OutboxMessage | null>(null);

  return (
    <Stack gap="md">
      <PageHeader title={t("outbox.title")} description={t("outbox.description")} />
      {outbox.data && !outbox.data.smtpConfigured && (
        <Alert color="blue" icon={<IconInfoCircle size={18} aria-hidden />} title={t("outbox.noSmtpTitle")}>
          {t("outbox.noSmtp")}
        </Alert>
      )}
      <SegmentedControl
        aria-label={t("outbox.filterLabel")}
        w="fit-content"
        value={search.status ?? "all"}
        onChange={(value) => void navigate({ search: { status: statuses.find((status) => status === value), page: undefined } })}
        data={[{ value: "all", label: t("outbox.all") }, ...statuses.map((status) => ({ value: status, label: t(`outbox.status.${status}`) }))]}
      />
      {outbox.error ? (
        <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.isPending ? (
        <PageLoader />
      ) : outbox.data.total === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconMailOff aria-hidden />} title={t("outbox.emptyTitle")} description={search.status ? t("outbox.emptyFiltered") : t("outbox.empty")} />
        </Paper>
      ) : (
        <Paper withBorder pos="relative">
          <LoadingOverlay visible={outbox.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover>
              <caption>
                <VisuallyHidden>{t("outbox.caption")}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("outbox.columns.subject")}</Table.Th>
                  <Table.Th>{t("outbox.columns.to")}</Table.Th>
                  <Table.Th>{t("outbox.columns.status")}</Table.Th>
                  <Table.Th>{t("outbox.columns.created")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.data.items.map((message) => (
                  <Table.Tr key={message.id}>
                    <Table.Td>
                      <Anchor component="button" type="button" size="sm" fw={500} ta="left" onClick={() => setReading(message)}>
                        {message.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{message.to}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={statusColors[message.status]} variant="light">
                        {t(`outbox.status.${message.status}`)}
                      </Badge>
                      {message.attempts > 1 && (
                        <Text size="xs" c="dimmed">
                          {t("outbox.attempts", { count: message.attempts })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(message.createdAt)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Paper px="md" pb="md" bg="transparent">
            <PaginationFooter
              page={outbox.data.page}
              pageSize={OUTBOX_PAGE_SIZE}
              total={outbox.data.total}
              onChange={(page) => void navigate({ search: (previous) => ({ ...previous, page: page === 1 ? undefined : page }) })}
            />
          </Paper>
        </Paper>
      )}
      <AppModal opened={reading !== null} onClose={() => setReading(null)} title={reading?.subject} size="lg">
        {reading && <MessageView message={reading} />}
      </AppModal>
    </Stack>
  );
}

function MessageView({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm">
        <Text span c="dimmed">
          {t("outbox.columns.to")}:
        </Text>{" "}
        {message.to}
      </Text>
      <Text size="sm">
        <Text span c="dimmed">
          {t("outbox.columns.status")}:
        </Text>{" "}
        {t(`outbox.status.${message.status}`)}
        {message.sentAt && ` · ${formatDateTime(message.sentAt)}`}
      </Text>
      {message.lastError && (
        <Alert color="red" title={t("outbox.lastError")}>
          {message.lastError}
        </Alert>
      )}
      <Paper withBorder p="md" bg="gray.0">
        <Text size="sm" style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
          {message.text}
        </Text>
      </Paper>
    </Stack>
  );
}

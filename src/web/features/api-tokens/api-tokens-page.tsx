import { Badge, Button, Code, EmptyState, Group, Paper, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconKey, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../../../domain/workspaces/schemas";
import { problemMessage } from "../../api/problems";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { formatDate, formatRelative } from "../../i18n/format";
import { useWorkspace } from "../workspace/api";
import { useApiTokens, useRevokeApiToken } from "./api";
import { CreateTokenDialog } from "./create-token-dialog";
import { notifySuccess } from "../../components/notify";
import { TableHead } from "../../components/table-head";

function statusOf(token: ApiToken, now: number): "active" | "revoked" | "expired" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return "expired";
  return "active";
}
const statusColors = { active: "green", revoked: "gray", expired: "orange" } as const;

/** Tokens for scripts and integrations: scoped, expiring, revocable. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const tokens = useApiTokens(ws);
  const revoke = useRevokeApiToken(ws);
  const [creating, { open, close }] = useDisclosure();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const now = Date.now();

  const createButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
      {t("tokens.new")}
    </Button>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t("tokens.title")} description={t("tokens.description")} actions={createButton} />
      {tokens.error ? (
        <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.isPending ? (
        <PageLoader />
      ) : tokens.data.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconKey aria-hidden />} title={t("tokens.emptyTitle")} description={t("tokens.empty")}>
            {createButton}
          </EmptyState>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm">
              <caption>
                <VisuallyHidden>{t("tokens.caption")}</VisuallyHidden>
              </caption>
              <TableHead columns={[t("tokens.columns.name"), t("tokens.columns.scopes"), t("tokens.columns.status"), t("tokens.columns.expires"), t("tokens.columns.lastUsed")]} withActions />
              <Table.Tbody>
                {tokens.data.map((token) => {
                  const status = statusOf(token, now);
                  return (
                    <Table.Tr key={token.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {token.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          <Code>{token.prefix}…</Code> · {t("tokens.createdOn", { date: formatDate(token.createdAt) })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {token.scopes.map((scope) => (
                            <Badge key={scope} variant="outline" color="gray" tt="none" ff="monospace">
                              {scope}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={statusColors[status]}>
                          {t(`tokens.status.${status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{token.expiresAt ? formatDate(token.expiresAt) : t("tokens.never")}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{token.lastUsedAt ? formatRelative(token.lastUsedAt) : t("tokens.neverUsed")}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        {status === "active" && (
                          <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRevoking(token)}>
                            {t("tokens.revoke")}
                            <VisuallyHidden> {token.name}</VisuallyHidden>
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <CreateTokenDialog ws={ws} opened={creating} onClose={close} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t("tokens.revokeTitle")}
        message={t("tokens.revokeMessage", { name: revoking?.name ?? "" })}
        confirmLabel={t("tokens.revoke")}
        danger
        loading={revoke.isPending}
        error={revoke.error ? <Text c="red" size="sm" role="alert">{problemMessage(revoke.error, t)}</Text> : null}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifySuccess(t("tokens.revoked", { name: revoking.name }));
              setRevoking(null);
            },
          })
        }
        onClose={() => {
          revoke.reset();
          setRevoking(null);
        }}
      />
    </Stack>
  );
}

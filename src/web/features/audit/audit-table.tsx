import { Anchor, Badge, Box, Button, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../../domain/audit/schemas";
import { formatDateTime } from "../../i18n/format";
import { ChangeDiff, changedKeys } from "./change-diff";

interface AuditTableProps {
  entries: AuditEntry[];
  onEntity: (entityType: string, entityId: string) => void;
}

export function AuditTable({ entries, onEntity }: AuditTableProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{t("audit.caption")}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>{t("audit.columns.when")}</Table.Th>
            <Table.Th>{t("audit.columns.who")}</Table.Th>
            <Table.Th>{t("audit.columns.action")}</Table.Th>
            <Table.Th>{t("audit.columns.entity")}</Table.Th>
            <Table.Th>{t("audit.columns.changes")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.id);
            const hasDetail = entry.before !== null || entry.after !== null;
            const count = changedKeys(entry.before, entry.after).filter((row) => row.changed).length;
            const detailId = `audit-detail-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <Table.Tr>
                  <Table.Td>
                    <Text size="sm">
                      <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.actor.label}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray" tt="none" ff="monospace">
                      {entry.action}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.entityType}</Text>
                    {entry.entityId && (
                      <Anchor component="button" type="button" size="xs" ff="monospace" onClick={() => onEntity(entry.entityType, entry.entityId ?? "")} title={t("audit.filterEntity")}>
                        {entry.entityId.slice(0, 8)}…<VisuallyHidden>{t("audit.filterEntity")}</VisuallyHidden>
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {hasDetail ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={expanded ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                        aria-expanded={expanded}
                        aria-controls={detailId}
                        onClick={() => toggle(entry.id)}
                      >
                        {t("audit.showChanges", { count })}
                      </Button>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t("audit.noDetail")}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailId}>
                    <Table.Td colSpan={5} bg="gray.0">
                      <Box p="xs">
                        <ChangeDiff before={entry.before} after={entry.after} />
                      </Box>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

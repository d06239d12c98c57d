import { Badge, Button, Paper, Select, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { canAssignRole, staffRoles, type StaffRole } from "../../../domain/access/roles";
import type { StaffUser } from "../../../domain/workspaces/schemas";
import { isStatus, problemMessage } from "../../api/problems";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { formatDate } from "../../i18n/format";
import { roleKey } from "../../i18n/labels";
import { useChangeRole, useSetActive } from "./api";
import { notifySuccess, notifyError, notifyWarning } from "../../components/notify";
import { TableHead } from "../../components/table-head";

interface StaffTableProps {
  ws: string;
  users: StaffUser[];
  me: { userId: string; role: StaffRole };
  canManage: boolean;
}

export function StaffTable({ ws, users, me, canManage }: StaffTableProps) {
  const { t } = useTranslation();
  const changeRole = useChangeRole(ws);
  const setActive = useSetActive(ws);
  const [confirming, setConfirming] = useState<StaffUser | null>(null);

  const onRoleChange = (user: StaffUser, value: string | null) => {
    const role = staffRoles.find((candidate) => candidate === value);
    if (!role || role === user.role) return;
    changeRole.mutate(
      { userId: user.userId, role, version: user.version },
      {
        onSuccess: () => notifySuccess(t("people.roleChanged", { name: user.name, role: t(roleKey(role)) })),
        onError: (error) =>
          (isStatus(error, 409) ? notifyWarning(t("people.changedElsewhere")) : notifyError(problemMessage(error, t))),
      },
    );
  };

  const toggleActive = () => {
    if (!confirming) return;
    const active = confirming.status !== "active";
    setActive.mutate(
      { userId: confirming.userId, version: confirming.version, active },
      {
        onSuccess: () => {
          notifySuccess(t(active ? "people.reactivated" : "people.deactivated", { name: confirming.name }));
          setConfirming(null);
        },
      },
    );
  };

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing="sm">
          <caption>
            <VisuallyHidden>{t("people.tableCaption")}</VisuallyHidden>
          </caption>
          <TableHead columns={[t("people.columns.person"), t("people.columns.role"), t("people.columns.status"), t("people.columns.joined")]} withActions={canManage} />
          <Table.Tbody>
            {users.map((user) => {
              const isMe = user.userId === me.userId;
              const assignable = staffRoles.filter((role) => canAssignRole(me.role, role, user.role));
              const editableRole = canManage && !isMe && user.status === "active" && assignable.includes(user.role);
              return (
                <Table.Tr key={user.userId} c={user.status === "active" ? undefined : "dimmed"}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {user.name}
                      {isMe && (
                        <Text span size="xs" c="dimmed">
                          {" "}
                          ({t("common.you")})
                        </Text>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {user.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {editableRole ? (
                      <Select
                        aria-label={t("people.roleOf", { name: user.name })}
                        data={assignable.map((role) => ({ value: role, label: t(roleKey(role)) }))}
                        value={user.role}
                        onChange={(value) => onRoleChange(user, value)}
                        allowDeselect={false}
                        size="xs"
                        w={170}
                        disabled={changeRole.isPending && changeRole.variables.userId === user.userId}
                      />
                    ) : (
                      <Badge variant="light" color={user.role === "owner" ? "indigo" : "gray"}>
                        {t(roleKey(user.role))}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={user.status === "active" ? "green" : "gray"}>
                      {t(`people.status.${user.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(user.joinedAt)}</Text>
                  </Table.Td>
                  {canManage && (
                    <Table.Td ta="right">
                      {!isMe && assignable.includes(user.role) && (
                        <Button size="compact-sm" variant="subtle" color={user.status === "active" ? "red" : "indigo"} onClick={() => setConfirming(user)}>
                          {user.status === "active" ? t("people.deactivate") : t("people.reactivate")}
                          <VisuallyHidden> {user.name}</VisuallyHidden>
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming?.status === "active" ? t("people.deactivateTitle") : t("people.reactivateTitle")}
        message={
          confirming?.status === "active" ? t("people.deactivateMessage", { name: confirming.name }) : t("people.reactivateMessage", { name: confirming?.name ?? "" })
        }
        confirmLabel={confirming?.status === "active" ? t("people.deactivate") : t("people.reactivate")}
        danger={confirming?.status === "active"}
        loading={setActive.isPending}
        error={
          setActive.error ? (
            <Text c="red" size="sm" role="alert">
              {isStatus(setActive.error, 409) ? t("people.changedElsewhere") : problemMessage(setActive.error, t)}
            </Text>
          ) : null
        }
        onConfirm={toggleActive}
        onClose={() => {
          setActive.reset();
          setConfirming(null);
        }}
      />
    </Paper>
  );
}

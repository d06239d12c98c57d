import { Anchor, Badge, Button, Paper, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import type { Certification } from "../../../domain/calibration/contracts";
import { problemMessage } from "../../api/problems";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { notifySuccess } from "../../components/notify";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { TableHead } from "../../components/table-head";
import { formatDate } from "../../i18n/format";
import { roleKey } from "../../i18n/labels";
import { useActor, useWorkspace } from "../workspace/api";
import { useCertifications, useRemoveCertification } from "./api";
import { CertifyForm } from "./certify-form";
import { ScrollableTable } from "./scrollable-table";

/** Staff certified to run culture interviews (R-B4): only they sit on a culture stage's panel. */
export function CertifiedPage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const actor = useActor();
  const certifications = useCertifications(ws);
  const canManage = can(actor, "calibration.manage") === "allow";
  return (
    <Stack gap="lg">
      <PageHeader
        before={
          <AnchorLink to="/w/$ws/calibration" params={{ ws }} size="sm">
            <IconArrowLeft size={14} aria-hidden /> {t("calibration.certified.back")}
          </AnchorLink>
        }
        title={t("calibration.certified.title")}
        description={canManage ? t("calibration.certified.description") : `${t("calibration.certified.description")} ${t("calibration.certified.readOnly")}`}
      />
      {certifications.error ? (
        <QueryError error={certifications.error} onRetry={() => void certifications.refetch()} />
      ) : certifications.isPending ? (
        <PageLoader />
      ) : (
        <>
          <CertifiedTable ws={ws} rows={certifications.data} canManage={canManage} />
          {canManage && <CertifyForm ws={ws} certified={certifications.data} />}
        </>
      )}
    </Stack>
  );
}

function CertifiedTable({ ws, rows, canManage }: { ws: string; rows: Certification[]; canManage: boolean }) {
  const { t } = useTranslation();
  const remove = useRemoveCertification(ws);
  const [removing, setRemoving] = useState<Certification | null>(null);
  if (rows.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text size="sm">{canManage ? t("calibration.certified.empty") : t("calibration.certified.emptyReader")}</Text>
      </Paper>
    );
  }
  const confirm = () => {
    if (!removing) return;
    remove.mutate(removing.userId, {
      onSuccess: () => {
        notifySuccess(t("calibration.certified.removed", { name: removing.name }));
        setRemoving(null);
      },
    });
  };
  return (
    <Paper withBorder>
      <ScrollableTable label={t("calibration.certified.caption")} minWidth={760}>
        <Table verticalSpacing="sm">
          <caption>
            <VisuallyHidden>{t("calibration.certified.caption")}</VisuallyHidden>
          </caption>
          <TableHead columns={[t("calibration.certified.name"), t("calibration.certified.role"), t("calibration.certified.note"), t("calibration.certified.certifiedBy"), t("calibration.certified.since")]} withActions={canManage} />
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.userId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {row.name}
                  </Text>
                  <Anchor href={`mailto:${row.email}`} size="xs">
                    {row.email}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(roleKey(row.role))}</Text>
                  {!row.active && (
                    <Badge color="gray" variant="light">
                      {t("calibration.certified.deactivated")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.note || "—"}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.certifiedBy?.name ?? "—"}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm">{formatDate(row.certifiedAt)}</Text>
                </Table.Td>
                {canManage && (
                  <Table.Td ta="right">
                    <Button variant="subtle" color="red" size="xs" onClick={() => setRemoving(row)} aria-label={t("calibration.certified.removeNamed", { name: row.name })}>
                      {t("calibration.certified.remove")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      <ConfirmDialog
        opened={removing !== null}
        title={t("calibration.certified.removeTitle")}
        message={t("calibration.certified.removeMessage", { name: removing?.name ?? "" })}
        confirmLabel={t("calibration.certified.remove")}
        danger
        loading={remove.isPending}
        error={remove.error ? <Text c="red.9" size="sm" role="alert">{problemMessage(remove.error, t)}</Text> : undefined}
        onConfirm={confirm}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
      />
    </Paper>
  );
}

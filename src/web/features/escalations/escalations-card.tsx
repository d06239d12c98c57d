import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../domain/access/policy";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import type { RelationshipCardProps } from "../relationship/relationship-tab";
import { useActor } from "../workspace/api";
import { useEscalations } from "./api";
import { EscalationItem } from "./escalation-item";
import { RaiseEscalationDialog } from "./raise-escalation-dialog";

/**
 * Misunderstandings and escalations of one partner (R-F5), the same on the staff relationship
 * tab and in the portal: raise, both perspectives, the resolution meeting within 48 hours, resolve.
 */
export function EscalationsCard({ ws, partnerId, resource }: RelationshipCardProps) {
  const { t } = useTranslation();
  const actor = useActor();
  const escalations = useEscalations(ws, partnerId);
  const [raising, setRaising] = useState(false);
  const canEdit = can(actor, "relationship.write", { partner: resource }) === "allow";
  const portal = actor.kind === "partner";
  const loaded = escalations.data !== undefined;

  // Notification links end in #escalation-<id>; the list arrives after the browser looked for it.
  useEffect(() => {
    if (!loaded || !window.location.hash.startsWith("#escalation-")) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView({ block: "start" });
  }, [loaded]);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="escalations-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4} style={{ flex: 1 }}>
            <Title order={2} size="h4" id="escalations-title">
              {t("escalations.card.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("escalations.card.description")}
            </Text>
          </Stack>
          {canEdit && (
            <Button size="sm" variant="light" leftSection={<IconAlertTriangle size={16} aria-hidden />} onClick={() => setRaising(true)}>
              {t("escalations.card.raise")}
            </Button>
          )}
        </Group>
        {escalations.error ? (
          <QueryError error={escalations.error} onRetry={() => void escalations.refetch()} />
        ) : escalations.isPending ? (
          <PageLoader />
        ) : escalations.data.escalations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {canEdit ? t("escalations.card.empty") : t("escalations.card.readOnly")}
          </Text>
        ) : (
          <Stack gap="sm">
            {escalations.data.escalations.map((escalation) => (
              <EscalationItem key={escalation.id} ws={ws} partnerId={partnerId} escalation={escalation} asOf={escalations.data.asOf} mySide={portal ? "partner" : "host"} canEdit={canEdit} portal={portal} />
            ))}
          </Stack>
        )}
      </Stack>
      <RaiseEscalationDialog ws={ws} partnerId={partnerId} opened={raising} onClose={() => setRaising(false)} />
    </Card>
  );
}

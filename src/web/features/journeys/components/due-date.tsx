import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OwnerRole } from "../../../../domain/journeys/template/owner";
import { formatRelative } from "../../../i18n/format";
import { formatInZone } from "../zoned-format";

/** A due date in the partner's zone, with how far away it is; "no date yet" for steps waiting on an event. */
export function DueDate({ dueAt, zone, late = false }: { dueAt: string | null; zone: string; late?: boolean }) {
  const { t } = useTranslation();
  if (!dueAt) {
    return (
      <Text size="sm" c="dimmed">
        {t("journeys.step.noDueDate")}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" component="time" dateTime={dueAt}>
        {formatInZone(dueAt, zone)}
      </Text>
      <Text size="xs" c={late ? "red.9" : "dimmed"} fw={late ? 600 : undefined}>
        {formatRelative(dueAt)}
      </Text>
    </Stack>
  );
}

/** Owner roles to catalogue keys (i18next reads ":" in a key as a namespace separator). */
export const ownerRoleKeys = {
  "host:manager": "journeys.ownerRoles.hostManager",
  "host:admin": "journeys.ownerRoles.hostAdmin",
  "host:owner": "journeys.ownerRoles.hostOwner",
  "partner:admin": "journeys.ownerRoles.partnerAdmin",
  "partner:member": "journeys.ownerRoles.partnerMember",
} as const satisfies Record<OwnerRole, string>;

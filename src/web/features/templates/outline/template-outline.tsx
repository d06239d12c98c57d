import { Badge, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { JourneyTemplate, OwnerRole, Step } from "../../../../domain/journeys/template";
import { dueInWords } from "./due-in-words";

const ownerLabels = {
  "host:manager": "templates.owners.host_manager",
  "host:admin": "templates.owners.host_admin",
  "host:owner": "templates.owners.host_owner",
  "partner:admin": "templates.owners.partner_admin",
  "partner:member": "templates.owners.partner_member",
} as const satisfies Record<OwnerRole, string>;

/** The kind's own facts in a few words: who approves, what completes it, what it asks for. */
function KindDetail({ step }: { step: Step }) {
  const { t } = useTranslation();
  let detail: string | null = null;
  if (step.kind === "approval_gate") detail = t("templates.kindDetail.approver", { role: t(ownerLabels[step.approver]) });
  else if (step.kind === "milestone") detail = t("templates.kindDetail.completedBy", { event: step.completedBy });
  else if (step.kind === "form") detail = t("templates.kindDetail.fields", { count: step.fields.length });
  else if (step.kind === "upload_request") detail = t("templates.kindDetail.accept", { types: step.accept.join(", ") });
  else if (step.kind === "document_acknowledgement" && step.signatureRequired) detail = t("templates.kindDetail.signature");
  else if (step.kind === "meeting") detail = t("templates.kindDetail.minutes", { count: step.durationMinutes });
  return detail ? <Text size="xs">{detail}</Text> : null;
}

/**
 * The template as people will live it: phases in order, each step with its kind, owner, due
 * date in words, who sees it and what it waits for.
 */
export function TemplateOutline({ template }: { template: JourneyTemplate }) {
  const { t } = useTranslation();
  const titles = new Map(template.phases.flatMap((phase) => phase.steps.map((step) => [step.key, step.title] as const)));
  const titleOf = (key: string) => titles.get(key) ?? key;

  return (
    <Stack gap="sm">
      {template.phases.map((phase, index) => (
        <Paper key={phase.key} withBorder p="sm" component="section" aria-label={t("templates.outline.phase", { n: index + 1, name: phase.name })}>
          <Group justify="space-between" align="baseline" wrap="nowrap">
            <Title order={3} size="h5">
              {t("templates.outline.phase", { n: index + 1, name: phase.name })}
            </Title>
            <Text size="xs" c="dimmed">
              {t("templates.outline.steps", { count: phase.steps.length })}
            </Text>
          </Group>
          {phase.description && (
            <Text size="sm" c="dimmed">
              {phase.description}
            </Text>
          )}
          {phase.entry && phase.entry.length > 0 && (
            <Text size="xs" mt={4}>
              {t("templates.outline.opensAfter", { steps: phase.entry.map(titleOf).join(", ") })}
            </Text>
          )}
          <List listStyleType="none" spacing="xs" mt="xs">
            {phase.steps.map((step) => (
              <List.Item key={step.key}>
                <Group gap={6} wrap="wrap">
                  <Badge size="sm" variant="outline" color="gray" tt="none">
                    {t(`templates.kinds.${step.kind}`)}
                  </Badge>
                  <Text size="sm" fw={500}>
                    {step.title}
                  </Text>
                  {step.visibility === "internal" ? (
                    <Badge size="xs" variant="light" color="orange">
                      {t("templates.outline.internal")}
                    </Badge>
                  ) : (
                    <Badge size="xs" variant="light" color="teal">
                      {t("templates.outline.shared")}
                    </Badge>
                  )}
                  {step.required && (
                    <Badge size="xs" variant="light" color="red">
                      {t("templates.outline.required")}
                    </Badge>
                  )}
                </Group>
                <Text size="xs">
                  {t("templates.outline.owner")}: {t(ownerLabels[step.owner])} · {t("templates.outline.due")}: {dueInWords(step.due, titleOf, t)}
                </Text>
                {step.dependsOn.length > 0 && (
                  <Text size="xs">
                    {t("templates.outline.dependsOn")}: {step.dependsOn.map(titleOf).join(", ")}
                  </Text>
                )}
                <KindDetail step={step} />
              </List.Item>
            ))}
          </List>
        </Paper>
      ))}
    </Stack>
  );
}

import { Checkbox, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { JourneyTemplate } from "../../../../domain/journeys/template";
import type { Assignee } from "../../../../domain/journeys/contracts";
import { ownerRoleKeys } from "../components/due-date";
import { OwnerSelect } from "../components/owner-select";

export interface Adjustments {
  omitSteps: string[];
  owners: Record<string, string>;
}

interface StepAdjustmentsProps {
  template: JourneyTemplate;
  assignees: readonly Assignee[] | undefined;
  value: Adjustments;
  onChange: (value: Adjustments) => void;
}

/**
 * Per-partner adjustments before the journey starts (R-C1): steps this partner does not need
 * (never a required one) and owners chosen by hand instead of from the role.
 */
export function StepAdjustments({ template, assignees, value, onChange }: StepAdjustmentsProps) {
  const { t } = useTranslation();
  const toggle = (key: string, include: boolean) =>
    onChange({ ...value, omitSteps: include ? value.omitSteps.filter((omitted) => omitted !== key) : [...value.omitSteps, key] });
  const setOwner = (key: string, userId: string | null) => {
    const others = Object.entries(value.owners).filter(([stepKey]) => stepKey !== key);
    onChange({ ...value, owners: Object.fromEntries(userId ? [...others, [key, userId]] : others) });
  };

  return (
    <Stack gap="md">
      {template.phases.map((phase) => (
        <Stack gap={4} key={phase.key}>
          <Title order={3} size="h5">
            {phase.name}
          </Title>
          <Table verticalSpacing={4}>
            <caption>
              <VisuallyHidden>{t("journeys.start.stepsOf", { phase: phase.name })}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("journeys.start.include")}</Table.Th>
                <Table.Th>{t("journeys.start.owner")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {phase.steps.map((step) => {
                const included = !value.omitSteps.includes(step.key);
                return (
                  <Table.Tr key={step.key}>
                    <Table.Td w="50%">
                      <Checkbox
                        label={step.title}
                        description={step.required ? t("journeys.start.requiredStep") : undefined}
                        checked={included}
                        disabled={step.required}
                        onChange={(event) => toggle(step.key, event.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      {included ? (
                        <OwnerSelect
                          label={t("journeys.start.ownerOf", { title: step.title })}
                          assignees={assignees}
                          role={step.owner}
                          value={value.owners[step.key] ?? null}
                          onChange={(userId) => setOwner(step.key, userId)}
                          placeholder={t("journeys.start.byRole", { role: t(ownerRoleKeys[step.owner]) })}
                          clearable
                          hiddenLabel
                        />
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t("journeys.start.leftOut")}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}

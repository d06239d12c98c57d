import { Drawer, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { KindIcon } from "../components/kind-icon";
import { useJourneyContext } from "../journey-context";
import { StepDetails } from "./step-details";

/**
 * The step named by the page's `step` search param, in a side drawer: its details, its work area and
 * what this person may do with it. Built from Drawer's parts for the same reasons as AppModal
 * (a named close button, no second banner landmark).
 */
export function StepDrawer({ stepId }: { stepId: string | undefined }) {
  const { t } = useTranslation();
  const { journey, openStep } = useJourneyContext();
  const step = journey.steps.find((candidate) => candidate.id === stepId);
  return (
    <Drawer.Root opened={Boolean(step)} onClose={() => openStep(undefined)} position="right" size="lg">
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header role="none">
          <Drawer.Title fw={650} fz="lg">
            {step && (
              <Group gap="xs" wrap="nowrap">
                <KindIcon kind={step.kind} size={20} />
                <Text span inherit>
                  {step.title}
                </Text>
              </Group>
            )}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t("common.close")} />
        </Drawer.Header>
        <Drawer.Body>{step && <StepDetails step={step} />}</Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

import { Alert, Button, Group, Radio, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { allowedMoves, pipelineStages, type LifecycleStage } from "../../../../domain/partners/lifecycle";
import type { Partner } from "../../../../domain/partners/schemas";
import { isStatus, problemMessage } from "../../../api/problems";
import { stageKey } from "../../../i18n/labels";
import { useMoveStage } from "../api";
import { StageBadge } from "../components/stage-badge";
import { AppModal } from "../../../components/app-modal";
import { notifyMoved } from "../../pipeline/onboarding-outcome";

interface MoveStageDialogProps {
  ws: string;
  partner: Partner;
  opened: boolean;
  onClose: () => void;
  onConflict: () => void;
}

function direction(from: LifecycleStage, to: LifecycleStage): "back" | "forward" | "out" {
  if (to === "declined" || to === "exited") return "out";
  const fromIndex = pipelineStages.findIndex((stage) => stage === from);
  const toIndex = pipelineStages.findIndex((stage) => stage === to);
  return toIndex < fromIndex ? "back" : "forward";
}

/** Offers only the moves the lifecycle allows from here (the domain's allowedMoves), with a reason. */
export function MoveStageDialog({ ws, partner, opened, onClose, onConflict }: MoveStageDialogProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const move = useMoveStage(ws, partner.id);
  const moves = allowedMoves(partner.stage);
  const chosen = moves.find((stage) => stage === target);

  const close = () => {
    setTarget(null);
    setReason("");
    move.reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    move.mutate(
      { stage: chosen, reason: reason.trim(), version: partner.version },
      {
        onSuccess: (moved) => {
          if (moved.onboarding) notifyMoved(t, t("pipeline.move.moved", { name: partner.name, stage: t(stageKey(chosen)) }), moved.onboarding);
          close();
        },
        onError: (error) => {
          // The partner moved under us: fetch where it is now, so the choices are right again.
          if (isStatus(error, 409)) {
            setTarget(null);
            onConflict();
          }
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={t("partners.lifecycle.moveTitle", { name: partner.name })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group gap="xs">
            <Text size="sm">{t("partners.lifecycle.currently")}</Text>
            <StageBadge stage={partner.stage} />
          </Group>
          {move.error && (
            <Alert color={isStatus(move.error, 409) ? "orange" : "red"} role="alert">
              {problemMessage(move.error, t)}
            </Alert>
          )}
          <Radio.Group label={t("partners.lifecycle.moveTo")} value={target} onChange={setTarget} required>
            <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
              {moves.map((stage) => (
                <Radio.Card key={stage} value={stage} p="sm" radius="md" withBorder>
                  <Group wrap="nowrap" gap="sm">
                    <Radio.Indicator />
                    <div>
                      <Text fw={600} size="sm">
                        {t(stageKey(stage))}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`partners.lifecycle.direction.${direction(partner.stage, stage)}`)}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
          <Textarea
            label={t("partners.lifecycle.reason")}
            description={t("partners.lifecycle.reasonHint")}
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={!chosen} loading={move.isPending}>
              {chosen ? t("partners.lifecycle.moveToStage", { stage: t(stageKey(chosen)) }) : t("partners.lifecycle.move")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

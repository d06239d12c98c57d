import { Alert, Button, Group, Stack, Text, Textarea, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { LifecycleStage } from "../../../../domain/partners/lifecycle";
import type { BoardCard } from "../../../../domain/pipeline/contracts";
import { isStatus, problemMessage } from "../../../api/problems";
import { AppModal } from "../../../components/app-modal";
import { notifyWarning } from "../../../components/notify";
import { stageKey } from "../../../i18n/labels";
import { StageBadge } from "../../partners/components/stage-badge";
import { useBoardMove } from "../api";
import { notifyMoved } from "../onboarding-outcome";
import type { PipelineFilters } from "../search";

export interface PendingMove {
  card: BoardCard;
  to: LifecycleStage;
}

interface MoveDialogProps {
  ws: string;
  filters: PipelineFilters;
  pending: PendingMove | null;
  onClose: () => void;
  /** The partner changed under us: the board is read again and the move is dropped. */
  onConflict: () => void;
}

/** Every move asks for its reason (optional) and goes with the version the board showed. */
export function MoveDialog({ ws, filters, pending, onClose, onConflict }: MoveDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const move = useBoardMove(ws, filters);

  const close = () => {
    setReason("");
    move.reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!pending) return;
    const { card, to } = pending;
    move.mutate(
      { partnerId: card.id, stage: to, reason: reason.trim(), version: card.version },
      {
        onSuccess: (moved) => {
          notifyMoved(t, t("pipeline.move.moved", { name: card.name, stage: t(stageKey(to)) }), moved.onboarding);
          close();
        },
        onError: (error) => {
          if (!isStatus(error, 409)) return;
          notifyWarning(t("pipeline.move.conflict", { name: card.name }));
          onConflict();
          close();
        },
      },
    );
  };

  return (
    <AppModal opened={pending !== null} onClose={close} title={pending ? t("pipeline.move.title", { name: pending.card.name }) : ""}>
      {pending && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group gap="xs">
              <VisuallyHidden>{t("pipeline.move.fromTo", { from: t(stageKey(pending.card.stage)), to: t(stageKey(pending.to)) })}</VisuallyHidden>
              <StageBadge stage={pending.card.stage} aria-hidden />
              <Text aria-hidden>→</Text>
              <StageBadge stage={pending.to} aria-hidden />
            </Group>
            {pending.to === "onboarding" && (
              <Text size="sm" c="dimmed">
                {t("pipeline.move.onboardingNote")}
              </Text>
            )}
            {move.error && !isStatus(move.error, 409) && (
              <Alert color="red" role="alert">
                {problemMessage(move.error, t)}
              </Alert>
            )}
            <Textarea
              label={t("pipeline.move.reason")}
              description={t("pipeline.move.reasonHint")}
              autosize
              minRows={2}
              maxLength={1000}
              data-autofocus
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={move.isPending}>
                {t("pipeline.move.confirm", { stage: t(stageKey(pending.to)) })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}

import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useDraggable } from "@dnd-kit/core";
import { IconArrowsRightLeft, IconGripVertical } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { allowedMoves, type LifecycleStage } from "../../../../domain/partners/lifecycle";
import type { BoardCard as Card } from "../../../../domain/pipeline/contracts";
import { AnchorLink } from "../../../components/router-links";
import { formatDateTime } from "../../../i18n/format";
import { stageKey } from "../../../i18n/labels";

interface BoardCardProps {
  ws: string;
  card: Card;
  /** Viewers and managers of other partners see the card without its handles. */
  onMove: (card: Card, to: LifecycleStage) => void;
}

/** One partner on the board: who it is, how long it has waited, and its moves (drag, or the menu). */
export function BoardCard({ ws, card, onMove }: BoardCardProps) {
  const { t } = useTranslation();
  const moves = card.canMove ? allowedMoves(card.stage) : [];
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, data: { card }, disabled: moves.length === 0 });

  return (
    <Paper ref={setNodeRef} withBorder p="xs" radius="md" shadow={isDragging ? "md" : undefined} style={{ opacity: isDragging ? 0.4 : 1 }} data-testid="pipeline-card">
      <Group align="flex-start" gap={6} wrap="nowrap">
        {moves.length > 0 && (
          <ActionIcon variant="subtle" color="gray" size="sm" mt={2} aria-label={t("pipeline.board.dragHandle", { name: card.name })} {...attributes} {...listeners} style={{ cursor: "grab", touchAction: "none" }}>
            <IconGripVertical size={16} aria-hidden />
          </ActionIcon>
        )}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <AnchorLink to="/w/$ws/partners/$partnerId" params={{ ws, partnerId: card.id }} fw={600} size="sm" lineClamp={2}>
            {card.name}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {[card.type.name, card.tier?.name].filter(Boolean).join(" · ")}
          </Text>
          {card.program && <Text size="xs">{card.program.name}</Text>}
          <Text size="xs">{card.owner?.name ?? t("pipeline.board.noOwner")}</Text>
          {(card.contact.name ?? card.contact.email) && (
            <Text size="xs" c="dimmed" truncate="end">
              {t("pipeline.board.contact", { name: card.contact.name ?? card.contact.email })}
            </Text>
          )}
          <Group justify="space-between" gap={4} mt={4}>
            <Badge size="sm" variant="light" tt="none" style={{ minWidth: "max-content" }} color={card.daysInStage > 30 ? "orange" : "gray"} title={formatDateTime(card.stageChangedAt)}>
              {card.daysInStage === 0 ? t("pipeline.board.today") : t("pipeline.board.daysInStage", { count: card.daysInStage })}
            </Badge>
            {moves.length > 0 && (
              <Menu position="bottom-end" withinPortal={false} floatingStrategy="fixed" withInitialFocusPlaceholder={false}>
                <Menu.Target>
                  <Button variant="subtle" size="compact-xs" leftSection={<IconArrowsRightLeft size={12} aria-hidden />}>
                    {t("pipeline.board.moveTo")}
                    <VisuallyHidden> {card.name}</VisuallyHidden>
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{t("pipeline.board.moveMenu", { name: card.name })}</Menu.Label>
                  {moves.map((stage) => (
                    <Menu.Item key={stage} onClick={() => onMove(card, stage)}>
                      {t(stageKey(stage))}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

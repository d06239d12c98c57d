import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useDroppable } from "@dnd-kit/core";
import { useTranslation } from "react-i18next";
import type { LifecycleStage } from "../../../../domain/partners/lifecycle";
import type { BoardCard as Card, BoardColumn as Column } from "../../../../domain/pipeline/contracts";
import { stageColors, stageKey } from "../../../i18n/labels";
import { CARDS_PER_PAGE } from "../api";
import { BoardCard } from "./board-card";

interface BoardColumnProps {
  ws: string;
  column: Column;
  /** While a card is dragged: whether it may land here (its own column counts, as "no move"). */
  accepts: boolean | null;
  filtered: boolean;
  loadingMore: boolean;
  onLoadMore: (stage: LifecycleStage, cursor: string) => void;
  onMove: (card: Card, to: LifecycleStage) => void;
}

/** One stage: its name and count, its cards, more on request; a drop target for allowed moves. */
export function BoardColumn({ ws, column, accepts, filtered, loadingMore, onLoadMore, onMove }: BoardColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage, data: { stage: column.stage }, disabled: accepts === false });
  const headingId = `pipeline-column-${column.stage}`;
  const remaining = column.total - column.cards.length;
  const highlight = accepts === null ? undefined : accepts ? (isOver ? "var(--mantine-color-blue-0)" : undefined) : "var(--mantine-color-gray-1)";

  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="xs"
      w={272}
      miw={272}
      bg={highlight ?? "gray.0"}
      style={{ borderTop: `3px solid var(--mantine-color-${stageColors[column.stage]}-6)`, opacity: accepts === false ? 0.6 : 1, outline: isOver && accepts ? "2px solid var(--mantine-color-blue-6)" : undefined }}
      data-stage={column.stage}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h6" id={headingId}>
          {t(stageKey(column.stage))}
        </Title>
        <Badge variant="light" color="gray" aria-hidden>
          {column.total}
        </Badge>
        <VisuallyHidden>{t("pipeline.board.count", { count: column.total })}</VisuallyHidden>
      </Group>
      {column.cards.length === 0 ? (
        <Text size="xs" c="dimmed" ta="center" py="md">
          {filtered ? t("pipeline.board.emptyFiltered") : t("pipeline.board.empty")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {column.cards.map((card) => (
            <li key={card.id}>
              <BoardCard ws={ws} card={card} onMove={onMove} />
            </li>
          ))}
        </Stack>
      )}
      {column.nextCursor && remaining > 0 && (
        <Button variant="subtle" size="xs" fullWidth mt="xs" loading={loadingMore} onClick={() => column.nextCursor && onLoadMore(column.stage, column.nextCursor)}>
          {t("pipeline.board.loadMore", { count: Math.min(remaining, CARDS_PER_PAGE) })}
        </Button>
      )}
    </Paper>
  );
}

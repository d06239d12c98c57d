import { Alert, Box, Group, LoadingOverlay, Paper, Text } from "@mantine/core";
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from "@dnd-kit/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { allowedMoves, type LifecycleStage } from "../../../../domain/partners/lifecycle";
import type { BoardCard as Card } from "../../../../domain/pipeline/contracts";
import { problemMessage } from "../../../api/problems";
import { PageLoader } from "../../../components/page-loader";
import { QueryError } from "../../../components/query-error";
import { useBoard, useLoadMore } from "../api";
import type { PipelineFilters } from "../search";
import { boardAnnouncements, cardOf, stageOf } from "./announcements";
import { BoardColumn } from "./board-column";
import { columnCoordinates, columnUnderPointer } from "./keyboard";
import { MoveDialog, type PendingMove } from "./move-dialog";

interface BoardViewProps {
  ws: string;
  filters: PipelineFilters;
}

/**
 * The board: a column per stage, cards moved by dragging, by the keyboard (space to lift, arrows
 * to choose a column that accepts it, space to drop) or by each card's "Move to…" menu. Only the
 * lifecycle's allowed moves are offered, and every move is confirmed with a reason.
 */
export function BoardView({ ws, filters }: BoardViewProps) {
  const { t } = useTranslation();
  const board = useBoard(ws, filters);
  const loadMore = useLoadMore(ws, filters);
  const [dragged, setDragged] = useState<Card | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }));
  const accessibility = useMemo(() => ({ announcements: boardAnnouncements(t), screenReaderInstructions: { draggable: t("pipeline.board.instructions") } }), [t]);
  const filtered = Boolean(filters.q || filters.programId || filters.ownerUserId || filters.typeId);

  if (board.error) return <QueryError error={board.error} onRetry={() => void board.refetch()} />;
  if (board.isPending) return <PageLoader />;

  const onDragStart = (event: DragStartEvent) => setDragged(cardOf(event.active.data.current));
  const onDragEnd = (event: DragEndEvent) => {
    const card = cardOf(event.active.data.current);
    const to = stageOf(event.over?.id);
    setDragged(null);
    if (card && to && to !== card.stage && allowedMoves(card.stage).includes(to)) setPending({ card, to });
  };
  const accepts = (stage: LifecycleStage) => (dragged ? stage === dragged.stage || allowedMoves(dragged.stage).includes(stage) : null);

  return (
    <>
      {loadMore.error && (
        <Alert color="red" role="alert" mb="sm">
          {problemMessage(loadMore.error, t)}
        </Alert>
      )}
      <DndContext sensors={sensors} collisionDetection={columnUnderPointer} accessibility={accessibility} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)}>
        <Paper pos="relative" bg="transparent" aria-label={t("pipeline.board.label")} component="section">
          <LoadingOverlay visible={board.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
          {/* Positioned, so the cards' visually hidden labels are clipped here instead of widening the page. */}
          <Box pos="relative" style={{ overflowX: "auto" }} pb="sm">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              {board.data.columns.map((column) => (
                <BoardColumn
                  key={column.stage}
                  ws={ws}
                  column={column}
                  accepts={accepts(column.stage)}
                  filtered={filtered}
                  loadingMore={loadMore.isPending && loadMore.variables.stage === column.stage}
                  onLoadMore={(stage, cursor) => loadMore.mutate({ stage, cursor })}
                  onMove={(card, to) => setPending({ card, to })}
                />
              ))}
            </Group>
          </Box>
        </Paper>
        <DragOverlay>
          {dragged ? (
            <Paper withBorder shadow="md" p="xs" radius="md" w={250}>
              <Text fw={600} size="sm">
                {dragged.name}
              </Text>
            </Paper>
          ) : null}
        </DragOverlay>
      </DndContext>
      <MoveDialog ws={ws} filters={filters} pending={pending} onClose={() => setPending(null)} onConflict={() => void board.refetch()} />
    </>
  );
}

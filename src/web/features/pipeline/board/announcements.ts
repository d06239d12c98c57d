import type { Announcements } from "@dnd-kit/core";
import type { TFunction } from "i18next";
import { allowedMoves, LifecycleStage } from "../../../../domain/partners/lifecycle";
import { BoardCard } from "../../../../domain/pipeline/contracts";
import { stageKey } from "../../../i18n/labels";

/** The card a drag carries and the stage it is over, read back from dnd-kit's data. */
export function cardOf(data: unknown) {
  const parsed = BoardCard.safeParse(typeof data === "object" && data !== null && "card" in data ? data.card : undefined);
  return parsed.success ? parsed.data : null;
}
export function stageOf(id: unknown) {
  const parsed = LifecycleStage.safeParse(id);
  return parsed.success ? parsed.data : null;
}

/** What a screen reader hears while a card is held, in the catalogue's words. */
export function boardAnnouncements(t: TFunction): Announcements {
  const named = (data: unknown) => cardOf(data)?.name ?? "";
  const where = (stage: LifecycleStage | null) => (stage ? t(stageKey(stage)) : "");
  const over = (activeData: unknown, overId: unknown, key: "over" | "dropped") => {
    const card = cardOf(activeData);
    const stage = stageOf(overId);
    if (!card || !stage) return t("pipeline.board.announce.nowhere", { name: named(activeData) });
    if (stage === card.stage) return t(key === "over" ? "pipeline.board.announce.overSame" : "pipeline.board.announce.droppedSame", { name: card.name, stage: where(stage) });
    if (!allowedMoves(card.stage).includes(stage)) return t("pipeline.board.announce.overNotAllowed", { name: card.name, stage: where(stage) });
    return t(key === "over" ? "pipeline.board.announce.over" : "pipeline.board.announce.dropped", { name: card.name, stage: where(stage) });
  };
  // Where the card was last announced: the first "over" (its own column, right after lifting)
  // would otherwise replace the instructions of the lift itself.
  let lastOver: unknown = null;
  return {
    onDragStart: ({ active }) => {
      const card = cardOf(active.data.current);
      lastOver = card?.stage ?? null;
      if (!card) return undefined;
      return t("pipeline.board.announce.start", { name: card.name, stage: where(card.stage), options: allowedMoves(card.stage).map((stage) => where(stage)).join(", ") });
    },
    onDragOver: ({ active, over: target }) => {
      if (target?.id === lastOver) return undefined;
      lastOver = target?.id ?? null;
      return over(active.data.current, target?.id, "over");
    },
    onDragEnd: ({ active, over: target }) => over(active.data.current, target?.id, "dropped"),
    onDragCancel: ({ active }) => t("pipeline.board.announce.cancelled", { name: named(active.data.current) }),
  };
}

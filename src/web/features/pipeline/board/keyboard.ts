import { KeyboardCode, pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from "@dnd-kit/core";

/**
 * Arrow keys jump a held card from column to column (only those that accept it are enabled
 * droppables), instead of nudging it a few pixels at a time: a keyboard user reaches any stage
 * in a few presses, as a mouse user does in one drag.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const centre = collisionRect.left + collisionRect.width / 2;
  const columns = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [rect] : [];
    })
    .sort((a, b) => a.left - b.left);
  const ahead = event.code === KeyboardCode.Right ? columns.filter((rect) => rect.left + rect.width / 2 > centre + 1) : columns.filter((rect) => rect.left + rect.width / 2 < centre - 1).reverse();
  const target = ahead[0];
  if (!target) return currentCoordinates;
  return { x: target.left + (target.width - collisionRect.width) / 2, y: target.top + 8 };
};

/**
 * A mouse or finger drops on the column under it, whatever the held card overlaps; the keyboard
 * has no pointer, so there the card's own rectangle decides.
 */
export const columnUnderPointer: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : rectIntersection(args);
};

import { ActionIcon, Group, Tooltip } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

interface ListControlsProps {
  index: number;
  count: number;
  /** Says which row the buttons act on, for screen readers: "question 2". */
  name: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** Move up, move down and remove for one row of an editable list: buttons, so the keyboard does it all. */
export function ListControls({ index, count, name, onMove, onRemove }: ListControlsProps) {
  const { t } = useTranslation();
  const up = `${t("applications.formEditor.moveUp")}: ${name}`;
  const down = `${t("applications.formEditor.moveDown")}: ${name}`;
  const remove = `${t("applications.formEditor.remove")}: ${name}`;
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={up}>
        <ActionIcon variant="default" aria-label={up} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          <IconArrowUp size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={down}>
        <ActionIcon variant="default" aria-label={down} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
          <IconArrowDown size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={remove}>
        <ActionIcon variant="default" color="red" aria-label={remove} onClick={() => onRemove(index)}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

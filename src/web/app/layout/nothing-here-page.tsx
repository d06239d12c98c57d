import { EmptyState } from "@mantine/core";
import { IconMoodSmile } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { roleKey } from "../../i18n/labels";
import { useWorkspace } from "../../features/workspace/api";

/** A role with no page of its own yet (an interviewer before the vetting screens exist). */
export function NothingHerePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <EmptyState
      mt="xl"
      icon={<IconMoodSmile aria-hidden />}
      title={t("nothingHere.title", { workspace: workspace.name })}
      description={t("nothingHere.description", { role: t(roleKey(workspace.me.role)) })}
    />
  );
}

import { Alert } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isStatus, problemMessage } from "../../../api/problems";
import { ConflictAlert } from "../../partners/detail/conflict-alert";

/**
 * Why a change did not go through. A 409 means the journey changed since it was read (someone
 * completed or moved a step): say so and offer to load it again; anything else is the server's
 * own explanation.
 */
export function ActionError({ error, onReload }: { error: unknown; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [reloading, setReloading] = useState(false);
  if (!error) return null;
  if (isStatus(error, 409)) {
    const reload = () => {
      setReloading(true);
      void onReload().finally(() => setReloading(false));
    };
    return <ConflictAlert detail={`${t("journeys.conflict")} ${problemMessage(error, t)}`} onReload={reload} reloading={reloading} />;
  }
  return (
    <Alert color="red" role="alert">
      {problemMessage(error, t)}
    </Alert>
  );
}

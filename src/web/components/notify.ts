import { notifications } from "@mantine/notifications";
import { i18n } from "../i18n";

/** Toasts, always with a named close button. */
export function notifySuccess(message: string) {
  notifications.show({ color: "green", message, closeButtonProps: { "aria-label": i18n.t("common.close") } });
}

export function notifyError(message: string) {
  notifications.show({ color: "red", message, closeButtonProps: { "aria-label": i18n.t("common.close") } });
}

export function notifyWarning(message: string) {
  notifications.show({ color: "orange", message, closeButtonProps: { "aria-label": i18n.t("common.close") } });
}

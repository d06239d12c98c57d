import type { TFunction } from "i18next";
import { Email, NewPassword } from "../../../domain/workspaces/schemas";

/** Client-side checks use the domain's own rules; only the wording comes from the catalogue. */
export const validateEmail = (t: TFunction) => (value: string) => (Email.safeParse(value.trim()).success ? null : t("validation.email"));

export const validateNewPassword = (t: TFunction) => (value: string) => (NewPassword.safeParse(value).success ? null : t("validation.passwordLength", { min: 10 }));

export const validateRequired = (t: TFunction) => (value: string) => (value.trim() ? null : t("validation.required"));

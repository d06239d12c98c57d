import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";

/**
 * Every word on screen comes from a catalogue. A second language is one more file next to en.ts
 * (with the same shape) and one more entry in `resources`.
 */
export const resources = { en: { translation: en } } as const;

void i18n.use(initReactI18next).init({
  lng: "en",
  fallbackLng: "en",
  resources,
  interpolation: { escapeValue: false },
});

export { i18n };

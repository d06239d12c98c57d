import { useTranslation } from "react-i18next";
import classes from "./skip-link.module.css";

/** The first Tab stop: straight past the navigation to the page. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main-content" className={classes.skip}>
      {t("nav.skipToContent")}
    </a>
  );
}

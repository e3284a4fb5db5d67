import { useLang } from "../../hooks/use-lang";

/** The way to "Mis datos" (read the agreement, export, withdraw, sign out) from any onboarding step. */
export function MyDataLink() {
  const { t } = useLang();
  return (
    <p>
      <a class="inline-link" href="#mis-datos">
        {t("teacher.card.myData")}
      </a>
    </p>
  );
}

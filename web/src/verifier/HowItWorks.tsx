import { useVerifierLang } from "./use-verifier-lang";

export function HowItWorks() {
  const { t } = useVerifierLang();
  return (
    <section class="panel" aria-labelledby="how-heading">
      <h2 id="how-heading">{t("how.title")}</h2>
      <ol class="steps">
        <li>{t("how.scan")}</li>
        <li>{t("how.check")}</li>
        <li>{t("how.static")}</li>
      </ol>
    </section>
  );
}

import { useEffect, useState } from "preact/hooks";
import { useLang } from "../hooks/use-lang";
import { installOption, onInstallChange, promptInstall } from "./install-prompt";

/** Offers installation where the browser allows it, or explains it on iPhone and iPad. */
export function InstallCard() {
  const { t } = useLang();
  const [option, setOption] = useState(installOption);
  useEffect(() => onInstallChange(() => setOption(installOption())), []);

  if (option === "none") return null;
  if (option === "installed") {
    return (
      <p class="status-line" role="status" data-launch-skip>
        {t("install.done")}
      </p>
    );
  }
  return (
    <section class="panel panel--accent install" aria-labelledby="install-title" data-launch-skip>
      <h3 id="install-title">{option === "ios" ? t("install.iosTitle") : t("install.title")}</h3>
      {option === "ios" ? (
        <p>{t("install.ios")}</p>
      ) : (
        <>
          <p>{t("install.text")}</p>
          <button type="button" class="button button--primary" onClick={() => void promptInstall()}>
            {t("install.button")}
          </button>
        </>
      )}
    </section>
  );
}

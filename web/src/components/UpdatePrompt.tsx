import { useEffect, useState } from "preact/hooks";
import { useLang } from "../hooks/use-lang";
import * as swBridge from "../sw-bridge";

/** What the prompt needs from the service-worker bridge (the real module by default). */
export interface UpdateSource {
  onNeedRefresh(listener: () => void): () => void;
  onOfflineReady(listener: () => void): () => void;
  applyUpdate(): void;
}

type Notice = "none" | "needRefresh" | "offlineReady";

/**
 * The one place that shows service-worker news: "a new version is available — Update"
 * (the new version only takes over when the user says so) and "works offline now".
 */
export function UpdatePrompt({ source = swBridge }: { source?: UpdateSource }) {
  const { t } = useLang();
  const [notice, setNotice] = useState<Notice>("none");

  useEffect(() => {
    const offFresh = source.onNeedRefresh(() => setNotice("needRefresh"));
    const offReady = source.onOfflineReady(() =>
      setNotice((now) => (now === "needRefresh" ? now : "offlineReady")),
    );
    return () => {
      offFresh();
      offReady();
    };
  }, [source]);

  if (notice === "none") return null;
  return (
    <section class="toast" aria-label={t("update.label")} data-launch-skip>
      <p class="toast__text" role="status">
        {notice === "needRefresh" ? t("update.available") : t("update.offlineReady")}
      </p>
      <div class="toast__actions">
        {notice === "needRefresh" ? (
          <>
            <button type="button" class="button button--primary" onClick={() => source.applyUpdate()}>
              {t("update.apply")}
            </button>
            <button type="button" class="button button--quiet" onClick={() => setNotice("none")}>
              {t("update.later")}
            </button>
          </>
        ) : (
          <button type="button" class="button button--quiet" onClick={() => setNotice("none")}>
            {t("update.dismiss")}
          </button>
        )}
      </div>
    </section>
  );
}

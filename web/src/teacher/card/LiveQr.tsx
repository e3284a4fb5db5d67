import { useEffect } from "preact/hooks";
import { WINDOW_SEC } from "#shared/card/present";
import { useLang } from "../../hooks/use-lang";
import { QR_ELEMENT_TIMING } from "../../launch/qr-figure";
import { useLaunchSnapshot } from "./launch-snapshot";
import { QrSvg } from "./QrSvg";
import { usePresentation } from "./use-presentation";

interface Props {
  jws: string;
  deviceKey: CryptoKey;
  /** Keep this screen for the service worker to serve the next launch with (launch-snapshot.ts). */
  keepForLaunch?: boolean;
}

/** Set once the first live QR is in the page (after the frame that paints it). */
export const QR_PAINTED_MARK = "carnet:qr-painted";

/** The live QR, renewed every 30 s, with a visible countdown. */
export function LiveQr({ jws, deviceKey, keepForLaunch = false }: Props) {
  const { t, lang } = useLang();
  const { text, secondsLeft, failed } = usePresentation(jws, deviceKey);
  const shown = text !== null;
  useLaunchSnapshot(keepForLaunch && shown, {
    jws,
    lang,
    label: t("teacher.qr.label"),
    countdown: t("teacher.qr.countdown", { seconds: "{seconds}" }),
  });

  useEffect(() => {
    // Effects run after the browser has painted the new DOM.
    if (shown && performance.getEntriesByName(QR_PAINTED_MARK).length === 0)
      performance.mark(QR_PAINTED_MARK);
  }, [shown]);

  if (failed && text === null) {
    return (
      <p class="qr qr--failed" role="alert">
        {t("teacher.qr.failed")}
      </p>
    );
  }
  return (
    <figure class="qr" data-qr-text={text ?? undefined}>
      {text === null ? (
        <p class="qr__placeholder" role="status">
          {t("teacher.qr.preparing")}
        </p>
      ) : (
        <QrSvg text={text} label={t("teacher.qr.label")} />
      )}
      <figcaption class="qr__countdown">
        {/* Element Timing: when this line is painted, the symbol before it is on screen too. */}
        <span role="timer" elementtiming={QR_ELEMENT_TIMING}>
          {t("teacher.qr.countdown", { seconds: secondsLeft })}
        </span>
        <progress class="qr__progress" max={WINDOW_SEC} value={secondsLeft} aria-hidden="true" />
      </figcaption>
    </figure>
  );
}

import { useEffect } from "preact/hooks";
import { WINDOW_SEC } from "#shared/card/present";
import { useLang } from "../../hooks/use-lang";
import { QrSvg } from "./QrSvg";
import { usePresentation } from "./use-presentation";

interface Props {
  jws: string;
  deviceKey: CryptoKey;
}

/** Set once the first live QR is in the page: the benchmark measures launch → this mark. */
export const QR_PAINTED_MARK = "carnet:qr-painted";

/** The live QR, renewed every 30 s, with a visible countdown. */
export function LiveQr({ jws, deviceKey }: Props) {
  const { t } = useLang();
  const { text, secondsLeft, failed } = usePresentation(jws, deviceKey);
  const shown = text !== null;

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
        <span role="timer">{t("teacher.qr.countdown", { seconds: secondsLeft })}</span>
        <progress class="qr__progress" max={WINDOW_SEC} value={secondsLeft} aria-hidden="true" />
      </figcaption>
    </figure>
  );
}

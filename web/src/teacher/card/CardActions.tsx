import { useState } from "preact/hooks";
import type { StoredCard } from "../../data/card-store";
import { useLang } from "../../hooks/use-lang";
import type { MessageKey } from "../../i18n/es";
import { formatDate } from "../format";
import { downloadBlob, shareOrDownload } from "../save-file";
import { districtLine } from "./CardFace";

type Status = Extract<
  MessageKey,
  "teacher.card.imageReady" | "teacher.card.shared" | "teacher.card.imageFailed"
>;

/** Download the card as a PNG (a static copy), or share it; the image code loads on demand. */
export function CardActions({ card }: { card: StoredCard }) {
  const { t, lang } = useLang();
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(share: boolean) {
    setBusy(true);
    setStatus(null);
    try {
      const { renderCardImage, cardImageMessages } = await import("./card-image");
      const { display } = card;
      const blob = await renderCardImage(card.jws, display, lang, {
        post: t(`post.${display.post}`),
        cedula: t("teacher.card.cedulaValue", { last4: display.cedulaLast4 }),
        validity: t("teacher.card.validRange", {
          from: formatDate(display.validFrom, lang),
          until: formatDate(display.validUntil, lang),
        }),
        district: districtLine(display),
      });
      const m = cardImageMessages[lang];
      if (share) {
        const outcome = await shareOrDownload(blob, m.filename, m.shareTitle);
        if (outcome !== "cancelled")
          setStatus(outcome === "shared" ? "teacher.card.shared" : "teacher.card.imageReady");
      } else {
        downloadBlob(blob, m.filename);
        setStatus("teacher.card.imageReady");
      }
    } catch {
      setStatus("teacher.card.imageFailed");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="card-actions">
      <div class="button-row">
        <button type="button" class="button button--quiet" disabled={busy} onClick={() => void save(false)}>
          {t("teacher.card.download")}
        </button>
        <button type="button" class="button button--quiet" disabled={busy} onClick={() => void save(true)}>
          {t("teacher.card.share")}
        </button>
        <a class="button button--quiet" href="#mis-datos">
          {t("teacher.card.myData")}
        </a>
      </div>
      <p class="hint">{t("teacher.card.staticNote")}</p>
      <p class="status-line" role="status" data-launch-skip>
        {status === null ? null : t(status)}
      </p>
    </div>
  );
}

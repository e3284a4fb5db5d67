import type { Ref } from "preact";
import { useState } from "preact/hooks";
import { decodeImageFile, MAX_IMAGE_BYTES } from "../scanner/image-file";
import { loadDecoder } from "../scanner/load-decoder";
import type { VerifierKey } from "./strings/index";
import { useVerifierLang } from "./use-verifier-lang";

interface Props {
  onText(text: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

type Status = { key: VerifierKey; error: boolean } | null;

/** Reads the QR code from a photo or screenshot chosen by the user. */
export function ImageUpload({ onText, inputRef }: Props) {
  const { t } = useVerifierLang();
  const [status, setStatus] = useState<Status>(null);

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ""; // the same file can be chosen again
    if (!file) return;
    setStatus({ key: "upload.reading", error: false });
    let result: Awaited<ReturnType<typeof decodeImageFile>>;
    try {
      result = await decodeImageFile(file, await loadDecoder());
    } catch {
      setStatus({ key: "camera.decoderFailed", error: true });
      return;
    }
    if (result.ok) {
      setStatus(null);
      onText(result.text);
    } else {
      setStatus({ key: `upload.${result.code}`, error: true });
    }
  };

  return (
    <section class="panel upload" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t("upload.title")}</h2>
      <label for="upload-file" class="upload__label">
        {t("upload.label")}
      </label>
      <input
        ref={inputRef}
        id="upload-file"
        type="file"
        accept="image/*"
        class="upload__input"
        onChange={(event) => void choose(event)}
      />
      <p class={status?.error ? "upload__status upload__status--error" : "upload__status"} role="status">
        {status ? t(status.key, { mb: MAX_IMAGE_BYTES / 1024 / 1024 }) : null}
      </p>
    </section>
  );
}

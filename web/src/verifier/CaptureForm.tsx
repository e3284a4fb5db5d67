import type { Ref } from "preact";
import { useState } from "preact/hooks";
import { useVerifierLang } from "./use-verifier-lang";

interface Props {
  onSubmit(text: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The capture field: a keyboard-wedge scanner (USB or Bluetooth) types the QR text and Enter
 * here; the text can also be pasted. The field empties after each submission and keeps the
 * focus, so the next scan goes straight in.
 */
export function CaptureForm({ onSubmit, inputRef }: Props) {
  const { t } = useVerifierLang();
  const [empty, setEmpty] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem("code") as HTMLInputElement | null;
    const text = input?.value ?? "";
    if (text.trim() === "") {
      setEmpty(true);
      input?.focus();
      return;
    }
    setEmpty(false);
    if (input) input.value = "";
    onSubmit(text);
  };

  return (
    <section class="panel capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading">{t("capture.title")}</h2>
      <form class="capture__form" onSubmit={submit} noValidate>
        <label for="capture-code" class="capture__label">
          {t("capture.label")}
        </label>
        <p id="capture-hint" class="capture__hint">
          {t("capture.hint")}
        </p>
        <div class="capture__row">
          <input
            ref={inputRef}
            id="capture-code"
            name="code"
            type="text"
            class="capture__input"
            autocomplete="off"
            autocapitalize="off"
            autocorrect="off"
            spellcheck={false}
            enterKeyHint="go"
            aria-describedby={empty ? "capture-hint capture-error" : "capture-hint"}
            aria-invalid={empty}
          />
          <button type="submit" class="button button--primary">
            {t("capture.submit")}
          </button>
        </div>
        <p id="capture-error" class="capture__error" role="status">
          {empty ? t("capture.empty") : null}
        </p>
      </form>
    </section>
  );
}

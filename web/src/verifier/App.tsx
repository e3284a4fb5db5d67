import { useEffect, useRef, useState } from "preact/hooks";
import { type VerifyResult, verifyPresentation } from "#shared/card/presentation";
import icon from "../../public/icons/verifier.svg?raw";
import { AppShell } from "../components/AppShell";
import { deviceNowSec } from "../data/verifier-trust";
import { CameraScanner, SCAN_START_MARK } from "./CameraScanner";
import { CaptureForm } from "./CaptureForm";
import { checkClock } from "./clock";
import { HowItWorks } from "./HowItWorks";
import { ImageUpload } from "./ImageUpload";
import { ResultPanel, resultSummary } from "./ResultPanel";
import { cleanScannedText } from "./scanned-text";
import { TrustPanel } from "./TrustPanel";
import { useNowSec } from "./use-now";
import { browserTrustSource, type TrustSource, useTrust } from "./use-trust";
import { useVerifierLang } from "./use-verifier-lang";
import { useWedgeRedirect } from "./use-wedge-redirect";

/** User Timing measure from scan start to the result on screen (read by `npm run bench`). */
export const SCAN_TO_RESULT_MEASURE = "verifier:scan-to-result";

type InputSource = "camera" | "capture" | "upload";

interface Verification {
  result: VerifyResult;
  checkedAt: number;
  source: InputSource;
}

/**
 * The verifier (`/verificar`): trust data status, the result, and the four ways in — camera,
 * keyboard-wedge scanner or pasted text, image. Verification runs offline with the shared
 * `verifyPresentation` against the trust kept in memory.
 */
export function App({ trustSource = browserTrustSource }: { trustSource?: TrustSource }) {
  const { t } = useVerifierLang();
  const trust = useTrust(trustSource);
  const now = useNowSec();
  const [verification, setVerification] = useState<Verification | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const sequence = useRef(0);
  const captureRef = useRef<HTMLInputElement>(null);
  const uploadRef = useRef<HTMLInputElement>(null);
  const cameraHeadingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useWedgeRedirect(captureRef);

  const bundle = trust.loaded?.bundle ?? null;
  const clock = checkClock(bundle, now);

  useEffect(() => {
    document.title = `${t("verifier.title")} — ${t("verifier.kicker")}`;
  }, [t]);

  const verify = async (text: string, source: InputSource) => {
    const id = ++sequence.current;
    setAnnouncement("");
    const checkedAt = deviceNowSec();
    const result = await verifyPresentation(cleanScannedText(text), trust.loaded?.trust ?? null, checkedAt);
    if (id === sequence.current) setVerification({ result, checkedAt, source });
  };

  useEffect(() => {
    if (verification === null) return;
    if (verification.source === "camera") {
      try {
        performance.clearMeasures(SCAN_TO_RESULT_MEASURE);
        performance.measure(SCAN_TO_RESULT_MEASURE, SCAN_START_MARK);
      } catch {
        // no start mark (not a camera scan after all)
      }
    }
    setAnnouncement(resultSummary(t, verification.result, checkClock(bundle, verification.checkedAt)));
    resultRef.current?.scrollIntoView?.({ block: "start" });
    // Camera and image: the next step is "scan next". The capture field keeps the focus, so a
    // keyboard-wedge scanner can send the next code at once.
    if (verification.source !== "capture") nextRef.current?.focus({ preventScroll: true });
  }, [verification]);

  const scanNext = () => {
    const source = verification?.source;
    sequence.current++;
    setVerification(null);
    setAnnouncement("");
    if (source === "capture") captureRef.current?.focus();
    else if (source === "upload") uploadRef.current?.focus();
    else cameraHeadingRef.current?.focus();
  };

  return (
    <AppShell title={t("verifier.title")} kicker={t("verifier.kicker")} icon={icon}>
      <p class="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="result-announcement">
        {announcement}
      </p>
      <div ref={resultRef} class="result-slot">
        {verification && (
          <ResultPanel
            result={verification.result}
            checkedAt={verification.checkedAt}
            clock={checkClock(bundle, verification.checkedAt)}
            onNext={scanNext}
            nextRef={nextRef}
          />
        )}
      </div>
      <TrustPanel state={trust} clock={clock} nowSec={now} onRefresh={trust.refresh} />
      <CameraScanner
        active={verification === null}
        onText={(text) => void verify(text, "camera")}
        headingRef={cameraHeadingRef}
      />
      <CaptureForm onSubmit={(text) => void verify(text, "capture")} inputRef={captureRef} />
      <ImageUpload onText={(text) => void verify(text, "upload")} inputRef={uploadRef} />
      <HowItWorks />
      <p class="cross-link">
        <a href="/">{t("verifier.teacherLink")}</a>
      </p>
    </AppShell>
  );
}

import type { Ref } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import {
  CameraError,
  type CameraErrorCode,
  type CameraSession,
  listCameras,
  nextCameraId,
  openCamera,
} from "../scanner/camera";
import type { QrDecoder } from "../scanner/decoder";
import { loadDecoder } from "../scanner/load-decoder";
import { startScanLoop } from "../scanner/scan-loop";
import type { VerifierKey } from "./strings/index";
import { useVerifierLang } from "./use-verifier-lang";

/** User Timing marks: scan start → result (read by `npm run bench`). */
export const SCAN_START_MARK = "verifier:scan-start";

type Phase = "off" | "starting" | "on" | CameraErrorCode | "decoderFailed";

interface Props {
  /** False while a result is shown: the camera stays open but does not scan. */
  active: boolean;
  onText(text: string): void;
  headingRef?: Ref<HTMLHeadingElement>;
}

const MESSAGE: Readonly<Record<Phase, VerifierKey>> = {
  off: "camera.idle",
  starting: "camera.starting",
  on: "camera.scanning",
  denied: "camera.denied",
  unavailable: "camera.unavailable",
  insecure: "camera.insecure",
  failed: "camera.failed",
  decoderFailed: "camera.decoderFailed",
};

/**
 * The camera view: start/stop, continuous scanning, camera switch and torch where the device
 * has them. The QR decoder (native `BarcodeDetector`, else ZXing) loads when the camera starts.
 */
export function CameraScanner({ active, onText, headingRef }: Props) {
  const { t } = useVerifierLang();
  const video = useRef<HTMLVideoElement>(null);
  const session = useRef<CameraSession | null>(null);
  const onTextRef = useRef(onText);
  onTextRef.current = onText;
  const [phase, setPhase] = useState<Phase>("off");
  const [decoder, setDecoder] = useState<QrDecoder | null>(null);
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [torchOn, setTorchOn] = useState(false);
  /** Each start or stop supersedes a start still in progress. */
  const generation = useRef(0);

  const stop = () => {
    generation.current++;
    session.current?.stop();
    session.current = null;
    setTorchOn(false);
    setPhase("off");
  };

  const stopRef = useRef(stop);
  stopRef.current = stop;

  const start = async (deviceId?: string) => {
    const element = video.current;
    if (element === null) return;
    const mine = ++generation.current;
    session.current?.stop();
    session.current = null;
    setTorchOn(false);
    setPhase("starting");
    const [decoderResult, cameraResult] = await Promise.allSettled([
      loadDecoder(),
      openCamera(element, deviceId),
    ]);
    if (mine !== generation.current) {
      if (cameraResult.status === "fulfilled") cameraResult.value.stop();
      return;
    }
    if (cameraResult.status === "rejected") {
      const error = cameraResult.reason;
      setPhase(error instanceof CameraError ? error.code : "failed");
      return;
    }
    if (decoderResult.status === "rejected") {
      cameraResult.value.stop();
      setPhase("decoderFailed");
      return;
    }
    session.current = cameraResult.value;
    setDecoder(decoderResult.value);
    setPhase("on");
    const found = await listCameras();
    if (mine === generation.current) setCameras(found);
  };

  useEffect(() => {
    const element = video.current;
    if (phase !== "on" || !active || decoder === null || element === null) return;
    performance.mark(SCAN_START_MARK);
    const loop = startScanLoop(element, decoder, (text) => onTextRef.current(text));
    return () => loop.stop();
  }, [phase, active, decoder]);

  // The camera goes off when the page is hidden (another app, screen locked) and on unmount.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === "hidden" && session.current) stopRef.current();
    };
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      session.current?.stop();
    };
  }, []);

  const toggleTorch = async () => {
    const next = !torchOn;
    if (await session.current?.setTorch(next)) setTorchOn(next);
  };

  const running = phase === "on";
  const nextCamera = running ? nextCameraId(cameras, session.current?.deviceId) : undefined;
  const message = running && !active ? "camera.paused" : MESSAGE[phase];
  const isError = phase !== "off" && phase !== "starting" && phase !== "on";

  return (
    <section class="panel camera" aria-labelledby="camera-heading">
      <h2 id="camera-heading" ref={headingRef} tabIndex={-1}>
        {t("camera.title")}
      </h2>
      <div class="camera__frame" hidden={!running && phase !== "starting"}>
        <video ref={video} class="camera__video" aria-label={t("camera.view")} muted playsInline />
      </div>
      <p class={isError ? "camera__message camera__message--error" : "camera__message"} role="status">
        {t(message)}
      </p>
      <div class="camera__controls">
        {running || phase === "starting" ? (
          <button type="button" class="button button--quiet" onClick={stop}>
            {t("camera.stop")}
          </button>
        ) : (
          <button type="button" class="button button--primary" onClick={() => void start()}>
            {t("camera.start")}
          </button>
        )}
        {nextCamera !== undefined && (
          <button type="button" class="button button--quiet" onClick={() => void start(nextCamera)}>
            {t("camera.switch")}
          </button>
        )}
        {running && session.current?.torchSupported && (
          <button
            type="button"
            class="button button--quiet"
            aria-pressed={torchOn}
            onClick={() => void toggleTorch()}
          >
            {t("camera.torch")}
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * Continuous scanning: decode the video frame by frame (one decode at a time, on each new
 * frame where the browser can tell, else every `intervalMs`) until a QR code is read, then
 * stop and hand over its text.
 */
import type { QrDecoder } from "./decoder";

export interface ScanLoop {
  stop(): void;
}

export function startScanLoop(
  video: HTMLVideoElement,
  decoder: QrDecoder,
  onText: (text: string) => void,
  intervalMs = 80,
): ScanLoop {
  // Not in every browser (Firefox before 132): fall back to a timer.
  const frameCallbacks = typeof video.requestVideoFrameCallback === "function";
  let stopped = false;
  let frameHandle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    if (stopped) return;
    if (frameCallbacks && !video.paused) {
      frameHandle = video.requestVideoFrameCallback(() => void tick());
    } else {
      timer = setTimeout(() => void tick(), intervalMs);
    }
  };

  const tick = async () => {
    frameHandle = undefined;
    timer = undefined;
    if (stopped) return;
    const text = await decoder.decode(video);
    if (stopped) return;
    if (text !== null) {
      stopped = true;
      onText(text);
      return;
    }
    schedule();
  };

  schedule();
  return {
    stop() {
      stopped = true;
      if (frameHandle !== undefined) video.cancelVideoFrameCallback(frameHandle);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

import { useEffect, useState } from "preact/hooks";
import {
  createPresentation,
  presentationWindow,
  secondsLeftInWindow,
  WINDOW_SEC,
} from "#shared/card/present";
import { bootPresentation, type FirstPresentation } from "../boot";

export interface LivePresentation {
  /** The QR text for the current window; null until the first one is signed. */
  text: string | null;
  /** Whole seconds until the next code. */
  secondsLeft: number;
  /** The device key could not sign (key lost or unusable). */
  failed: boolean;
}

const nowSec = () => Date.now() / 1000;

/** Re-renders every second, on the second. */
function useClock(): number {
  const [now, setNow] = useState(nowSec);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(nowSec());
      timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    };
    timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    // Timers sleep in the background: catch up as soon as the page is visible again.
    const visible = () => {
      if (document.visibilityState === "visible") setNow(nowSec());
    };
    document.addEventListener("visibilitychange", visible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", visible);
    };
  }, []);
  return now;
}

/**
 * The live presentation of a card: a new device signature for every `WINDOW_SEC` window, signed
 * on this device with its non-extractable key, and the seconds left in the current window.
 */
export function usePresentation(jws: string, deviceKey: CryptoKey): LivePresentation {
  const now = useClock();
  const window = presentationWindow(Math.floor(now));
  // Launching with a card: the first code was already signed while the app loaded.
  const [signed, setSigned] = useState<FirstPresentation | null>(() => bootPresentation(jws, window));
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (signed !== null && signed.jws === jws && signed.window === window) return undefined;
    let current = true;
    createPresentation(jws, deviceKey, window * WINDOW_SEC).then(
      (text) => {
        if (current) {
          setSigned({ jws, window, text });
          setFailed(false);
        }
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [jws, deviceKey, window]);

  // The previous window's code stays on screen for the millisecond the new one takes to sign.
  const text = signed !== null && signed.jws === jws ? signed.text : null;
  return { text, secondsLeft: secondsLeftInWindow(window, now), failed };
}

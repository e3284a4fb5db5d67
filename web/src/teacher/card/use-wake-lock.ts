import { useEffect, useState } from "preact/hooks";

/**
 * Keeps the screen on while the component is mounted (Screen Wake Lock API). The browser drops
 * the lock when the page is hidden, so it is asked for again when the page is visible. Returns
 * whether the lock is held now (false where the API is missing or refused, e.g. battery saver).
 */
export function useWakeLock(): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!("wakeLock" in navigator)) return undefined;
    let sentinel: WakeLockSentinel | null = null;
    let active = true;
    const acquire = async () => {
      if (document.visibilityState !== "visible" || (sentinel !== null && !sentinel.released)) return;
      try {
        const lock = await navigator.wakeLock.request("screen");
        if (!active) {
          void lock.release();
          return;
        }
        sentinel = lock;
        setHeld(true);
        lock.addEventListener("release", () => {
          if (sentinel === lock) setHeld(false);
        });
      } catch {
        setHeld(false);
      }
    };
    void acquire();
    document.addEventListener("visibilitychange", acquire);
    return () => {
      active = false;
      document.removeEventListener("visibilitychange", acquire);
      void sentinel?.release().catch(() => undefined);
    };
  }, []);
  return held;
}

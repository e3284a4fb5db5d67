import { useEffect, useState } from "preact/hooks";
import { deviceNowSec } from "../data/verifier-trust";

/** This device's time in seconds, updated every `everyMs` (for "updated 2 h ago" and staleness). */
export function useNowSec(everyMs = 30_000): number {
  const [now, setNow] = useState(deviceNowSec);
  useEffect(() => {
    const timer = setInterval(() => setNow(deviceNowSec()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

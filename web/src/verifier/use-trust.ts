/**
 * The verifier's trust data for the page: the stored bundle imported once and kept in memory
 * (verification never re-imports keys), refreshed whenever the device is online (at start,
 * on reconnection, every few minutes while visible, on request) and reloaded when the service
 * worker or another tab stored a newer one. A failed refresh keeps what it had.
 */

import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { CardErrorCode } from "#shared/errors";
import { isCardError } from "#shared/errors";
import { onTrustStored } from "../data/trust-channel";
import { TrustFetchError } from "../data/verifier-api";
import { deviceNowSec, type LoadedTrust, loadStoredTrust, refreshTrust } from "../data/verifier-trust";
import { registerPeriodicTrustSync, requestTrustSyncWhenOnline } from "./trust-sync";

/** Where trust data comes from: the data modules, or a stand-in in unit tests. */
export interface TrustSource {
  load(nowSec: number): Promise<LoadedTrust | null>;
  refresh(): Promise<LoadedTrust>;
  subscribe(listener: () => void): () => void;
  /** Called when a refresh failed for lack of network. */
  retryLater(): void;
  /** Called once at start (periodic background refresh). */
  keepFresh(): void;
}

export const browserTrustSource: TrustSource = {
  load: (nowSec) => loadStoredTrust(nowSec),
  refresh: () => refreshTrust(),
  subscribe: onTrustStored,
  retryLater: () => void requestTrustSyncWhenOnline(),
  keepFresh: () => void registerPeriodicTrustSync(),
};

/** While the page is open and online, refresh this often. */
export const REFRESH_INTERVAL_MS = 10 * 60 * 1000;

export type TrustProblem = { kind: "network" } | { kind: "card"; code: CardErrorCode };

export interface TrustState {
  /** `loading` until the stored bundle was read; then `none` or `ready`. */
  status: "loading" | "none" | "ready";
  loaded: LoadedTrust | null;
  refreshing: boolean;
  /** Why the last load or refresh failed, until one succeeds. */
  problem: TrustProblem | null;
}

function problemOf(error: unknown): TrustProblem {
  if (isCardError(error)) return { kind: "card", code: error.code };
  if (error instanceof TrustFetchError && error.code === "invalid") {
    return { kind: "card", code: "STATUS_LIST_INVALID" };
  }
  return { kind: "network" };
}

export function useTrust(source: TrustSource = browserTrustSource): TrustState & { refresh(): void } {
  const [state, setState] = useState<TrustState>({
    status: "loading",
    loaded: null,
    refreshing: false,
    problem: null,
  });
  const busy = useRef(false);
  const lastRefreshAt = useRef(0);

  const refresh = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    lastRefreshAt.current = Date.now();
    setState((s) => ({ ...s, refreshing: true }));
    try {
      const loaded = await source.refresh();
      setState({ status: "ready", loaded, refreshing: false, problem: null });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.kind === "network") source.retryLater();
      setState((s) => ({ ...s, status: s.loaded ? "ready" : "none", refreshing: false, problem }));
    } finally {
      busy.current = false;
    }
  }, [source]);

  useEffect(() => {
    let alive = true;
    const reload = async () => {
      try {
        const loaded = await source.load(deviceNowSec());
        if (!alive) return;
        setState((s) =>
          loaded
            ? { ...s, status: "ready", loaded, problem: s.refreshing ? s.problem : null }
            : { ...s, status: s.loaded ? "ready" : "none" },
        );
      } catch (error) {
        if (alive)
          setState((s) => ({ ...s, status: s.loaded ? "ready" : "none", problem: problemOf(error) }));
      }
    };
    void reload().then(() => {
      if (alive && navigator.onLine) void refresh();
    });
    source.keepFresh();

    const onOnline = () => void refresh();
    const onVisible = () => {
      if (
        document.visibilityState === "visible" &&
        Date.now() - lastRefreshAt.current > REFRESH_INTERVAL_MS
      ) {
        void refresh();
      }
    };
    const timer = setInterval(() => {
      if (navigator.onLine && document.visibilityState === "visible") void refresh();
    }, REFRESH_INTERVAL_MS);
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisible);
    const unsubscribe = source.subscribe(() => void reload());
    return () => {
      alive = false;
      clearInterval(timer);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisible);
      unsubscribe();
    };
  }, [source, refresh]);

  return { ...state, refresh: () => void refresh() };
}

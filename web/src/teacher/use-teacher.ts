import { useEffect, useRef, useState } from "preact/hooks";
import type { IneligibleReason, MeResponse } from "#shared/api/me";
import type { LocalCard } from "../data/card-store";
import { LOGGED_IN_PARAM, loginUrl } from "../data/login-url";
import type { SyncResult } from "../data/teacher-card";
import { type BootResult, boot as bootNow, bootResult } from "./boot";

export const LOGIN_ERRORS = ["expired", "denied", "provider", "domain"] as const;
export type LoginError = (typeof LOGIN_ERRORS)[number];
export type WelcomeNotice = LoginError | "signedOut" | "deleted" | "sessionEnded" | "offline" | "storage";

export type Screen =
  | { name: "loading" }
  | { name: "welcome"; notice?: WelcomeNotice }
  | { name: "cedula" }
  | { name: "consent"; reason?: "withdrawn" | "changed" }
  | { name: "issuing" }
  /** Logged in and ready, but this device holds no card (or issuing failed): offer to activate. */
  | { name: "activate"; elsewhere: boolean; error?: unknown }
  | { name: "card" }
  | { name: "notEligible"; reason: IneligibleReason; contact: string };

/** What the card screen tells the teacher after a background check with the server. */
export type CardNotice =
  | { kind: "renewed" | "reissued"; until: number }
  | { kind: "loginToRenew" }
  | { kind: "elsewhere" }
  | { kind: "renewalFailed" };

export interface TeacherState {
  screen: Screen;
  local: LocalCard | null;
  notice: CardNotice | null;
  /** The e-mail of the logged-in account, when the server has told us. */
  email: string | null;
}

export interface TeacherActions {
  login(): void;
  /** The cédula was bound: move on to the agreement. */
  cedulaBound(): void;
  /** The agreement was accepted: get the card. */
  consentAccepted(): void;
  /** Issue a card for this device (first time, after an error, or taking over from another device). */
  activate(): void;
  /** The local card and key were deleted after the user's choice; show `next`. */
  forgotten(next: Screen): void;
  dismissNotice(): void;
}

/**
 * Reads and removes what the log-in round trip left in the address: `?sesion=iniciada` (back
 * from a log-in) or `?login_error=…` (the Worker's redirect after a failed one).
 */
function takeLoginOutcome(): { loggedIn: boolean; error: LoginError | undefined } {
  const params = new URLSearchParams(window.location.search);
  const code = params.get("login_error");
  const loggedIn = params.has(LOGGED_IN_PARAM);
  if (code === null && !loggedIn) return { loggedIn, error: undefined };
  params.delete("login_error");
  params.delete(LOGGED_IN_PARAM);
  const query = params.toString();
  window.history.replaceState(
    window.history.state,
    "",
    `/${query ? `?${query}` : ""}${window.location.hash}`,
  );
  if (code === null) return { loggedIn, error: undefined };
  return {
    loggedIn,
    error: (LOGIN_ERRORS as readonly string[]).includes(code) ? (code as LoginError) : "provider",
  };
}

function screenFor(me: MeResponse): Screen | null {
  switch (me.state) {
    case "not_eligible":
      return { name: "notEligible", reason: me.reason ?? "NOT_IN_ROSTER", contact: me.contact ?? "" };
    case "needs_cedula":
      return { name: "cedula" };
    case "needs_consent":
      return me.consent === null ? { name: "consent" } : { name: "consent", reason: "changed" };
    case "ready":
      return null;
  }
}

const data = () => import("./teacher-data");

/** Wait this long between two background checks triggered by the page becoming visible. */
const RESYNC_MS = 5 * 60_000;

const INITIAL: TeacherState = { screen: { name: "loading" }, local: null, notice: null, email: null };

function noticeFor(result: Extract<SyncResult, { kind: "updated" }>): CardNotice | null {
  if (result.why === "adopted") return null;
  return {
    kind: result.why === "revoked" ? "reissued" : "renewed",
    until: result.local.card.display.validUntil,
  };
}

/**
 * The teacher app's state machine, apart from Preact so the order of events is plain to read:
 * a stored card is shown at once, from IndexedDB alone; the server is asked afterwards.
 */
export function createTeacher(onChange: (state: TeacherState) => void, boot: Promise<BootResult> = bootNow) {
  // Launched with a card already read from the device: the very first render shows it.
  const early = boot === bootNow ? bootResult() : undefined;
  let state: TeacherState = early?.local
    ? { ...INITIAL, local: early.local, screen: { name: "card" } }
    : INITIAL;
  let lastSync = 0;
  const set = (change: Partial<TeacherState>) => {
    state = { ...state, ...change };
    onChange(state);
  };
  const show = (screen: Screen) => set({ screen });

  async function issue(elsewhere: boolean): Promise<void> {
    show({ name: "issuing" });
    const { ApiError, obtainCard } = await data();
    try {
      const local = await obtainCard();
      set({ local, notice: null, screen: { name: "card" } });
    } catch (error) {
      // No longer eligible, or cédula / consent missing: let the server say where we stand.
      if (error instanceof ApiError && (error.status === 403 || error.status === 409)) return route();
      show({ name: "activate", elsewhere, error });
    }
  }

  async function route(): Promise<void> {
    const { ApiError, fetchMe, updateMeta } = await data();
    let me: MeResponse;
    try {
      me = await fetchMe();
    } catch (error) {
      const loggedOut = error instanceof ApiError && error.status === 401;
      if (loggedOut) await updateMeta({ signedIn: false }).catch(() => undefined);
      show(loggedOut ? { name: "welcome", notice: "sessionEnded" } : { name: "welcome", notice: "offline" });
      return;
    }
    await updateMeta({ signedIn: true }).catch(() => undefined);
    set({ email: me.email });
    const next = screenFor(me);
    if (next !== null) show(next);
    else if (me.card === null) await issue(false);
    // An active card exists, bound to another device (this one has none): ask before replacing it.
    else show({ name: "activate", elsewhere: true });
  }

  /** What a background check means for the screen. */
  function changeFor(result: SyncResult): Partial<TeacherState> | null {
    switch (result.kind) {
      case "unchanged":
      case "offline":
        return null;
      case "updated":
        return { local: result.local, notice: noticeFor(result) };
      case "renewalFailed":
        return { notice: { kind: "renewalFailed" } };
      case "loggedOut":
        return result.renewal ? { notice: { kind: "loginToRenew" } } : null;
      case "elsewhere":
        return { notice: { kind: "elsewhere" } };
      case "consentChanged":
        return { screen: { name: "consent", reason: "changed" } };
      case "forgotten":
        return { local: null, notice: null, screen: screenFor(result.me) ?? { name: "welcome" } };
    }
  }

  function apply(result: SyncResult): void {
    const change = changeFor(result) ?? {};
    if ("me" in result) change.email = result.me.email;
    if (Object.keys(change).length > 0) set(change);
  }

  async function sync(): Promise<void> {
    if (state.local === null) return;
    lastSync = Date.now();
    const { syncCard } = await data();
    apply(await syncCard(state.local));
  }

  return {
    get state() {
      return state;
    },
    /** Launch: the stored card first, then the server. */
    async start(): Promise<void> {
      const login = takeLoginOutcome();
      const booted = await boot;
      if (booted.local !== null) {
        set({ local: booted.local, screen: { name: "card" } });
        await sync();
      } else if (booted.storageFailed) {
        show({ name: "welcome", notice: "storage" });
      } else if (login.error !== undefined) {
        show({ name: "welcome", notice: login.error });
      } else if (login.loggedIn || booted.signedIn) {
        await route(); // where does the server say this account stands?
      } else {
        // Nobody has logged in on this browser: no need to ask the server.
        show(navigator.onLine ? { name: "welcome" } : { name: "welcome", notice: "offline" });
      }
    },
    sync,
    /** Back online, or back to the app after a while: check again. */
    resyncIfStale(): Promise<void> {
      return Date.now() - lastSync > RESYNC_MS ? sync() : Promise.resolve();
    },
    actions: {
      login: () => window.location.assign(loginUrl()),
      cedulaBound: () => show({ name: "consent" }),
      consentAccepted: () => {
        if (state.local === null) return void issue(false);
        // The card on this device is still good: a new version of the agreement was accepted.
        show({ name: "card" });
        void sync();
      },
      activate: () => void issue(state.screen.name === "activate" ? state.screen.elsewhere : true),
      forgotten: (next: Screen) => set({ local: null, notice: null, screen: next }),
      dismissNotice: () => set({ notice: null }),
    } satisfies TeacherActions,
  };
}

export type Teacher = ReturnType<typeof createTeacher>;

export function useTeacher(): [TeacherState, TeacherActions] {
  const listener = useRef<(state: TeacherState) => void>(() => undefined);
  const [teacher] = useState(() => createTeacher((next) => listener.current(next)));
  const [state, setState] = useState<TeacherState>(teacher.state);
  listener.current = setState;
  useEffect(() => {
    void teacher.start();
    const online = () => void teacher.sync();
    const visible = () => {
      if (document.visibilityState === "visible") void teacher.resyncIfStale();
    };
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", visible);
    return () => {
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", visible);
    };
  }, [teacher]);
  return [state, teacher.actions];
}

import { PRESENTATION_TOLERANCE_SEC, WINDOW_SEC } from "#shared/card/presentation";
import { CLOCK_TOLERANCE_SEC } from "#shared/card/time";
import { cardErrorKey } from "#shared/i18n/index";
import { isStatusListStale } from "#shared/status-list/verify";
import type { ClockCheck } from "./clock";
import { formatAge, formatDuration } from "./format";
import type { Params, StringKey } from "./strings/index";
import type { TrustProblem, TrustState } from "./use-trust";
import { useVerifierLang } from "./use-verifier-lang";

interface Props {
  state: TrustState;
  clock: ClockCheck;
  nowSec: number;
  onRefresh(): void;
}

function problemKey(problem: TrustProblem | null, hasData: boolean): StringKey | null {
  if (problem === null) return null;
  if (problem.kind === "card") return cardErrorKey(problem.code);
  return hasData ? "trust.refreshFailed" : "trust.refreshFailedNone";
}

/**
 * The state of the trust data: "cannot verify yet" until it was ever downloaded; otherwise its
 * age ("actualizado hace 2 h"), a warning once the status list is past its `ttl`, a doubtful
 * clock, the stated tolerances, and a button to refresh now.
 */
export function TrustPanel({ state, clock, nowSec, onRefresh }: Props) {
  const { lang, t } = useVerifierLang();
  const loaded = state.loaded;
  const problem = problemKey(state.problem, loaded !== null);
  const refreshButton = (
    <button
      type="button"
      class="button button--quiet trust__refresh"
      onClick={onRefresh}
      aria-busy={state.refreshing}
    >
      {state.refreshing ? t("trust.refreshing") : t("trust.refresh")}
    </button>
  );

  if (state.status === "loading") {
    return (
      <section class="panel trust" aria-labelledby="trust-heading">
        <h2 id="trust-heading">{t("trust.title")}</h2>
        <p role="status">{t("trust.loading")}</p>
      </section>
    );
  }

  if (loaded === null) {
    return (
      <section class="panel panel--notice trust trust--none" aria-labelledby="trust-heading">
        <h2 id="trust-heading">{t("trust.never.title")}</h2>
        <p>{t("trust.never.text")}</p>
        <p role="status">{state.refreshing ? t("trust.downloading") : problem ? t(problem) : null}</p>
        <p>{t("trust.never.connect")}</p>
        {refreshButton}
      </section>
    );
  }

  const age = formatAge(lang, nowSec - loaded.bundle.fetchedAt) ?? t("trust.justNow");
  const status = loaded.trust.status;
  const stale = status !== null && isStatusListStale(status, nowSec);
  const warnings: Array<{ key: StringKey; params?: Params }> = [];
  if (stale && status) {
    warnings.push({ key: "warning.STATUS_STALE" });
    warnings.push({
      key: "trust.staleDetail",
      params: { ttl: formatDuration(lang, status.ttl), age: formatAge(lang, nowSec - status.iat) ?? age },
    });
  }
  if (clock.kind === "skew") warnings.push({ key: "clock.skew", params: { minutes: clock.minutes } });
  if (clock.kind === "behindData") warnings.push({ key: "clock.behindData" });

  return (
    <section
      class={`panel trust ${warnings.length > 0 ? "trust--warning" : ""}`}
      aria-labelledby="trust-heading"
      data-stale={stale ? "true" : "false"}
    >
      <h2 id="trust-heading" class="trust__title">
        {t("trust.title")}
      </h2>
      <div class="trust__row">
        <p class="trust__age">{t("trust.updated", { age })}</p>
        {refreshButton}
      </div>
      <p role="status" class="trust__problem">
        {problem ? t(problem) : null}
      </p>
      {warnings.length > 0 && (
        <ul class="trust__warnings">
          {warnings.map((w) => (
            <li key={w.key}>
              <span aria-hidden="true" class="trust__warning-mark">
                !
              </span>{" "}
              {t(w.key, w.params)}
            </li>
          ))}
        </ul>
      )}
      <p class="trust__tolerance">
        {t("trust.tolerance", {
          minutes: CLOCK_TOLERANCE_SEC / 60,
          window: WINDOW_SEC,
          tolerance: PRESENTATION_TOLERANCE_SEC,
        })}
      </p>
    </section>
  );
}

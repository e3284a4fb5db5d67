import type { Ref } from "preact";
import type { VerifyResult } from "#shared/card/presentation";
import type { ClockCheck } from "./clock";
import { formatTime } from "./format";
import { HolderDetails } from "./HolderDetails";
import { resultView } from "./result-view";
import { useVerifierLang } from "./use-verifier-lang";
import { VerdictIcon } from "./VerdictIcon";

interface Props {
  result: VerifyResult;
  checkedAt: number;
  clock: ClockCheck;
  onNext(): void;
  nextRef?: Ref<HTMLButtonElement>;
}

/** The verdict, large: icon + words + colour, the reasons, the holder's details, "scan next". */
export function ResultPanel({ result, checkedAt, clock, onNext, nextRef }: Props) {
  const { lang, t } = useVerifierLang();
  const view = resultView(result, clock);
  const claims = result.claims;
  return (
    <section class={`result result--${view.tone}`} aria-labelledby="result-heading" data-tone={view.tone}>
      <div class="result__banner">
        <VerdictIcon tone={view.tone} />
        <h2 id="result-heading" class="result__headline">
          {t(view.headline)}
        </h2>
      </div>
      <div class="result__body">
        {view.lines.length > 0 && (
          <ul class="result__lines">
            {view.lines.map((line) => (
              <li key={line.key}>{t(line.key, line.params)}</li>
            ))}
          </ul>
        )}
        {claims && (
          <>
            <h3 class="result__holder-title">{t("result.holder")}</h3>
            {!result.valid && <p class="result__note">{t("result.unverifiedData")}</p>}
            <HolderDetails claims={claims} />
          </>
        )}
        <p class="result__time">{t("result.checkedAt", { time: formatTime(lang, checkedAt) })}</p>
        <button ref={nextRef} type="button" class="button button--primary result__next" onClick={onNext}>
          {t("result.next")}
        </button>
      </div>
    </section>
  );
}

/** One sentence for the live region: the verdict, its first reason, the holder's name. */
export function resultSummary(
  t: ReturnType<typeof useVerifierLang>["t"],
  result: VerifyResult,
  clock: ClockCheck,
): string {
  const view = resultView(result, clock);
  const parts = [t(view.headline), ...view.lines.map((line) => t(line.key, line.params))];
  if (result.claims) parts.push(result.claims.n);
  return parts.join(". ").replace(/\.\./g, ".");
}

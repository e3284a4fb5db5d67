import type { Tone } from "./result-view";

/** A distinct shape per verdict (check, warning triangle, cross, question mark): colour is never the only signal. */
export function VerdictIcon({ tone }: { tone: Tone }) {
  return (
    <svg class="verdict-icon" viewBox="0 0 48 48" width="56" height="56" aria-hidden="true" focusable="false">
      {tone === "valid" && (
        <>
          <circle cx="24" cy="24" r="22" />
          <path d="M13 25l7 7 15-16" />
        </>
      )}
      {tone === "caution" && (
        <>
          <path d="M24 3L46 43H2z" />
          <path d="M24 17v13M24 35v2" />
        </>
      )}
      {tone === "invalid" && (
        <>
          <circle cx="24" cy="24" r="22" />
          <path d="M15 15l18 18M33 15L15 33" />
        </>
      )}
      {tone === "unknown" && (
        <>
          <circle cx="24" cy="24" r="22" />
          <path d="M17 18a7 7 0 1 1 10 6c-2 1-3 2-3 5M24 35v2" />
        </>
      )}
    </svg>
  );
}

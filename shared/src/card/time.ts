/** Time rules shared by card, status list and presentation checks (all in seconds). */

/** Clock difference tolerated between issuer and verifier for `nbf`/`exp` and status list `iat`. */
export const CLOCK_TOLERANCE_SEC = 300;

/** A valid card expiring within this many seconds gets the `EXPIRING_SOON` warning. */
export const EXPIRING_SOON_SEC = 30 * 86_400;

/**
 * Domain errors with stable string codes. They never know HTTP: the Worker's `onError` maps a code
 * to a status and a bilingual message (see `i18n/`). Tests assert `code`, never `message`.
 */

/** Why a card or presentation is not valid: the stable reasons shown by the verifier. */
export const VERIFY_REASONS = [
  "NO_TRUST",
  "NOT_A_CARD",
  "MALFORMED",
  "TOO_LARGE",
  "UNSUPPORTED_ALG",
  "FORBIDDEN_HEADER",
  "UNKNOWN_KEY",
  "BAD_SIGNATURE",
  "EXPIRED",
  "NOT_YET_VALID",
  "STATUS_UNAVAILABLE",
  "STATUS_UNKNOWN",
  "REVOKED",
  "BAD_DEVICE_SIGNATURE",
  "PRESENTATION_EXPIRED",
  "PRESENTATION_FUTURE",
] as const;
export type VerifyReason = (typeof VERIFY_REASONS)[number];

/** Warnings that accompany a valid result. */
export const VERIFY_WARNINGS = ["STATUS_STALE", "EXPIRING_SOON"] as const;
export type VerifyWarning = (typeof VERIFY_WARNINGS)[number];

/**
 * Card-side failures that are not verification reasons:
 * - `INVALID_CLAIMS`: the issuer was asked to sign claims that fail the schema.
 * - `INVALID_KEY`: a key or point is not a usable P-256 key (bad length, not on the curve, …).
 * - `INVALID_ARGUMENT`: a caller passed something out of range (status index, window, signature length).
 * - `STATUS_LIST_INVALID`: a status list token failed verification or decoding.
 * - `DEVICE_CLOCK_WRONG`: a freshly fetched status list was issued in the future by more than the
 *   clock tolerance: this device's clock is behind.
 */
export const CARD_ERROR_CODES = [
  ...VERIFY_REASONS,
  "INVALID_CLAIMS",
  "INVALID_KEY",
  "INVALID_ARGUMENT",
  "STATUS_LIST_INVALID",
  "DEVICE_CLOCK_WRONG",
] as const;
export type CardErrorCode = (typeof CARD_ERROR_CODES)[number];

/** Codes of the Ecuadorian identifier validators (cédula, RUC, AMIE, district). */
export const VALIDATOR_CODES = [
  "CEDULA_FORMAT",
  "CEDULA_PROVINCE",
  "CEDULA_THIRD_DIGIT",
  "CEDULA_CHECK_DIGIT",
  "RUC_FORMAT",
  "RUC_PROVINCE",
  "RUC_THIRD_DIGIT",
  "RUC_ESTABLISHMENT",
  "RUC_CEDULA",
  "RUC_CHECK_DIGIT",
  "AMIE_FORMAT",
  "AMIE_PROVINCE",
  "DISTRICT_FORMAT",
  "DISTRICT_PROVINCE",
] as const;
export type ValidatorCode = (typeof VALIDATOR_CODES)[number];

/**
 * Generic request-level error codes (the Worker maps each to an HTTP status; `i18n` has
 * `error.<code>` for each).
 */
export const GENERIC_ERROR_CODES = [
  "bad_request",
  "not_found",
  "unauthorized",
  "forbidden",
  "rate_limited",
  "payload_too_large",
  "internal",
  "csrf",
  "validation",
] as const;
export type GenericErrorCode = (typeof GENERIC_ERROR_CODES)[number];

export interface CardErrorOptions<C = unknown> {
  cause?: unknown;
  /** The card's claims, only when the issuer signature was verified (e.g. expired, revoked). */
  claims?: C;
}

export class CardError<C = unknown> extends Error {
  override readonly name = "CardError";
  readonly code: CardErrorCode;
  readonly claims: C | undefined;

  constructor(code: CardErrorCode, message?: string, options?: CardErrorOptions<C>) {
    super(message ?? code, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.claims = options?.claims;
  }
}

/** A value failed a domain validator; `field` names the input when known. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  readonly code: ValidatorCode;
  readonly field: string | undefined;

  constructor(code: ValidatorCode, field?: string, message?: string) {
    super(message ?? (field ? `${field}: ${code}` : code));
    this.code = code;
    this.field = field;
  }
}

export function isCardError(value: unknown): value is CardError {
  return value instanceof CardError;
}

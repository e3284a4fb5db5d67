/**
 * Cleans text that arrives from a keyboard-wedge scanner or a paste before verifying it:
 * surrounding white space and line breaks, and the `CDD1:` prefix as a scanner set to another
 * keyboard layout types it (`cdd1:`, `CDD1Ñ`, `CDD1;` …: the digits that follow are unaffected).
 * This only undoes transport damage; the signatures decide validity.
 */
import { MAX_QR_TEXT_LENGTH } from "#shared/card/presentation";
import { QR_PREFIX } from "#shared/card/qr-text";

const MANGLED_PREFIX = /^cdd1[^0-9a-z]?(?=[0-9])/i;

export function cleanScannedText(raw: string): string {
  // Anything longer is refused by the verifier as TOO_LARGE: leave it whole, touch nothing.
  if (raw.length > MAX_QR_TEXT_LENGTH + 64) return raw;
  const text = raw.replace(/[\r\n\t]+/g, "").trim();
  const prefix = MANGLED_PREFIX.exec(text);
  return prefix ? QR_PREFIX + text.slice(prefix[0].length) : text;
}

/**
 * The holder's half of the live presentation (DESIGN.md "The QR"): every `WINDOW_SEC` the app
 * signs, with its non-extractable device key, `ASCII("CDD1-presentation") || card signature
 * (64 bytes) || uint32 BE window`, and shows the result as QR text. Kept apart from the verifier
 * (presentation.ts) so the teacher app loads only this and the QR text codec, not jose.
 */
import { concatBytes, uint32BE, utf8Encoder } from "../bytes";
import { CardError } from "../errors";
import { decodeQrText, encodeLive } from "./qr-text";

export const WINDOW_SEC = 30;
/** How far a presentation's window may be from the verifier's clock. */
export const PRESENTATION_TOLERANCE_SEC = 90;
/** An ES256 signature: r || s, 32 bytes each. */
export const ES256_SIGNATURE_BYTES = 64;

const CONTEXT = utf8Encoder.encode("CDD1-presentation");
const ECDSA_SHA256 = { name: "ECDSA", hash: "SHA-256" } as const;

export function presentationWindow(nowSec: number): number {
  return Math.floor(nowSec / WINDOW_SEC);
}

/** Whole seconds until the window after `window` begins (at least 1): the holder's countdown. */
export function secondsLeftInWindow(window: number, nowSec: number): number {
  return Math.max(1, Math.ceil((window + 1) * WINDOW_SEC - nowSec));
}

/** The bytes the device signs for one window. */
export function presentationMessage(cardSignature: Uint8Array, window: number): Uint8Array<ArrayBuffer> {
  if (cardSignature.length !== ES256_SIGNATURE_BYTES) {
    throw new CardError("INVALID_ARGUMENT", "card signature must be 64 bytes");
  }
  return concatBytes(CONTEXT, cardSignature, uint32BE(window));
}

/**
 * The QR text of a live presentation of `cardJws` for the window containing `nowSec`, signed
 * with the device's private key (ECDSA P-256, SHA-256).
 */
export async function createPresentation(
  cardJws: string,
  deviceKey: CryptoKey,
  nowSec: number,
): Promise<string> {
  const decoded = decodeQrText(cardJws);
  if (decoded.kind !== "static" || decoded.jws !== cardJws) {
    throw new CardError("INVALID_ARGUMENT", "createPresentation needs the card's compact JWS");
  }
  const window = presentationWindow(nowSec);
  const message = presentationMessage(decoded.signature, window);
  const signature = new Uint8Array(await crypto.subtle.sign(ECDSA_SHA256, deviceKey, message));
  return encodeLive(cardJws, window, signature);
}

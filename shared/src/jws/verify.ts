/**
 * ES256 signature check through jose's `compactVerify`, with the algorithm allow-list and a key
 * resolver by `kid`; jose's errors become `CardError` codes.
 */
import { type CompactJWSHeaderParameters, compactVerify, errors } from "jose";
import { CardError } from "../errors";
import { ALLOWED_ALGORITHMS } from "./header";

const VERIFY_OPTIONS = { algorithms: [...ALLOWED_ALGORITHMS] };

export async function verifyCompactEs256(
  jws: string,
  keys: ReadonlyMap<string, CryptoKey>,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const { payload } = await compactVerify(
      jws,
      (header: CompactJWSHeaderParameters) => {
        const key = header.kid === undefined ? undefined : keys.get(header.kid);
        if (key === undefined) throw new CardError("UNKNOWN_KEY", "no trusted key for this kid");
        return key;
      },
      VERIFY_OPTIONS,
    );
    return new Uint8Array(payload);
  } catch (error) {
    throw toCardError(error);
  }
}

function toCardError(error: unknown): CardError {
  if (error instanceof CardError) return error;
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new CardError("BAD_SIGNATURE", "signature verification failed", { cause: error });
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new CardError("UNSUPPORTED_ALG", "algorithm not allowed", { cause: error });
  }
  return new CardError("MALFORMED", "JWS rejected", { cause: error });
}

/**
 * IETF Token Status List (draft-ietf-oauth-status-list), one bit per card: status 0 = valid,
 * 1 = revoked (INVALID). Status i is bit (i & 7) of byte (i >> 3), least significant bit first;
 * `lst` = base64url(zlib(bytes)).
 */
import { zlibSync } from "fflate";
import { encodeBase64url } from "../base64url";
import { CardError } from "../errors";
import { MAX_STATUS_LIST_SIZE } from "./limits";

export class StatusBits {
  readonly size: number;
  readonly bytes: Uint8Array<ArrayBuffer>;

  constructor(size: number) {
    if (!Number.isSafeInteger(size) || size < 1 || size > MAX_STATUS_LIST_SIZE) {
      throw new CardError("INVALID_ARGUMENT", `status list size must be 1…${MAX_STATUS_LIST_SIZE}`);
    }
    this.size = size;
    this.bytes = new Uint8Array(Math.ceil(size / 8));
  }

  set(index: number, revoked: boolean): void {
    this.check(index);
    const mask = 1 << (index & 7);
    const byte = this.bytes[index >> 3] as number;
    this.bytes[index >> 3] = revoked ? byte | mask : byte & ~mask;
  }

  get(index: number): boolean {
    this.check(index);
    return (((this.bytes[index >> 3] as number) >> (index & 7)) & 1) === 1;
  }

  /** How many statuses are set to revoked. */
  countRevoked(): number {
    let count = 0;
    for (const byte of this.bytes) {
      let b = byte;
      while (b) {
        b &= b - 1;
        count++;
      }
    }
    return count;
  }

  private check(index: number): void {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.size) {
      throw new CardError("INVALID_ARGUMENT", `status index out of range: ${index}`);
    }
  }
}

/** The `lst` value: base64url of the zlib (DEFLATE, level 9) compressed bit array. */
export function encodeStatusList(bits: StatusBits): string {
  return encodeBase64url(zlibSync(bits.bytes, { level: 9 }));
}

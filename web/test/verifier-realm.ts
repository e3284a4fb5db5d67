/**
 * Import first in a jsdom test that signs with jose. In vitest's jsdom environment the global
 * `Uint8Array` is jsdom's while `TextEncoder` is Node's, so encoded bytes fail jose's
 * `instanceof Uint8Array` check. Browsers have one realm; this makes the test match them.
 */
const NodeTextEncoder = globalThis.TextEncoder;

class SameRealmTextEncoder extends NodeTextEncoder {
  override encode(input?: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(super.encode(input));
  }
}

if (!(new NodeTextEncoder().encode("") instanceof Uint8Array)) {
  globalThis.TextEncoder = SameRealmTextEncoder;
}

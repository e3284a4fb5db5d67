/**
 * A small in-memory storage adapter for oidc-provider, one per provider instance (two OPs in one
 * process never share state). Nothing survives a restart: a dev OP's sessions and codes are
 * short-lived by design; only the signing key is kept on disk (see keys.mjs).
 * Expired entries disappear on read and in a sweep every 256 writes, so memory stays flat.
 */
const GRANT_BOUND = new Set(["AccessToken", "AuthorizationCode", "RefreshToken", "DeviceCode"]);
const SWEEP_EVERY = 256;

/** @param {number} [clockToleranceSeconds] */
export function createMemoryAdapter(clockToleranceSeconds = 15) {
  /** @type {Map<string, { payload: Record<string, any>, expiresAt: number }>} */
  const entries = new Map();
  /** @type {Map<string, string>} secondary index: Session uid → key */
  const sessionKeyByUid = new Map();
  /** @type {Map<string, string>} secondary index: user code → key */
  const keyByUserCode = new Map();
  /** @type {Map<string, Set<string>>} grant id → keys of the tokens it issued */
  const keysByGrant = new Map();
  let writes = 0;

  /** @param {string} key */
  const read = (key) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  const sweep = () => {
    const now = Date.now();
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
    for (const index of [sessionKeyByUid, keyByUserCode]) {
      for (const [name, key] of index) if (!entries.has(key)) index.delete(name);
    }
    for (const [grantId, keys] of keysByGrant) {
      for (const key of keys) if (!entries.has(key)) keys.delete(key);
      if (keys.size === 0) keysByGrant.delete(grantId);
    }
  };

  // An arrow function: oidc-provider calls it as a factory (`Adapter(model)`), not with `new`.
  /** @param {string} model */
  return (model) => {
    /** @param {string} id */
    const keyOf = (id) => `${model}:${id}`;
    return {
      /** @param {string} id @param {Record<string, any>} payload @param {number} [expiresIn] */
      async upsert(id, payload, expiresIn) {
        const key = keyOf(id);
        const expiresAt =
          typeof expiresIn === "number" ? Date.now() + (expiresIn + clockToleranceSeconds) * 1000 : Infinity;
        entries.set(key, { payload, expiresAt });
        if (model === "Session" && payload.uid) sessionKeyByUid.set(payload.uid, key);
        if (payload.userCode) keyByUserCode.set(payload.userCode, key);
        if (GRANT_BOUND.has(model) && payload.grantId) {
          const keys = keysByGrant.get(payload.grantId) ?? new Set();
          keys.add(key);
          keysByGrant.set(payload.grantId, keys);
        }
        writes += 1;
        if (writes % SWEEP_EVERY === 0) sweep();
      },
      /** @param {string} id */
      async find(id) {
        return read(keyOf(id));
      },
      /** @param {string} uid */
      async findByUid(uid) {
        const key = sessionKeyByUid.get(uid);
        return key ? read(key) : undefined;
      },
      /** @param {string} userCode */
      async findByUserCode(userCode) {
        const key = keyByUserCode.get(userCode);
        return key ? read(key) : undefined;
      },
      /** @param {string} id */
      async consume(id) {
        const payload = read(keyOf(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      /** @param {string} id */
      async destroy(id) {
        entries.delete(keyOf(id));
      },
      /** @param {string} grantId */
      async revokeByGrantId(grantId) {
        for (const key of keysByGrant.get(grantId) ?? []) entries.delete(key);
        keysByGrant.delete(grantId);
      },
    };
  };
}

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { DevOpError } from "./errors.mjs";

/**
 * @typedef {{ email: string, password: string, given_name: string, family_name: string, name: string }} DevAccount
 * @typedef {DevAccount & { accountId: string }} StoredAccount
 */

/**
 * Lower-cased, trimmed: the form of an address used for look-up and for the subject.
 * @param {string} email
 */
export function normalizeEmail(email) {
  return String(email).trim().toLowerCase();
}

/**
 * The stable, opaque subject (`sub`) of an account: the first 16 hex digits of SHA-256 of the
 * normalised e-mail. Opaque like Entra ID's, stable across restarts, never the address itself.
 * @param {string} email
 */
export function accountIdFor(email) {
  return createHash("sha256").update(normalizeEmail(email)).digest("hex").slice(0, 16);
}

const digest = (/** @type {string} */ value) => createHash("sha256").update(value, "utf8").digest();

/**
 * Validates the accounts once and indexes them by subject and by e-mail.
 * @param {DevAccount[]} accounts
 */
export function createAccountBook(accounts) {
  /** @type {Map<string, StoredAccount>} */
  const byId = new Map();
  /** @type {Map<string, StoredAccount>} */
  const byEmail = new Map();
  for (const [index, account] of (accounts ?? []).entries()) {
    const email = normalizeEmail(account?.email ?? "");
    if (!email.includes("@") || typeof account.password !== "string" || account.password === "") {
      throw new DevOpError("DEV_OP_ACCOUNT_INVALID", `account #${index} needs an e-mail and a password`);
    }
    if (!account.name && !(account.given_name || account.family_name)) {
      throw new DevOpError("DEV_OP_ACCOUNT_INVALID", `account ${email} needs a name`);
    }
    if (byEmail.has(email)) {
      throw new DevOpError("DEV_OP_ACCOUNT_DUPLICATE", `two accounts use ${email}`);
    }
    const stored = {
      ...account,
      email,
      name: account.name || [account.given_name, account.family_name].filter(Boolean).join(" "),
      accountId: accountIdFor(email),
    };
    byId.set(stored.accountId, stored);
    byEmail.set(email, stored);
  }
  // Compared against when the address is unknown, so both failures cost the same.
  const decoy = randomBytes(32);

  return {
    size: byId.size,
    /** @param {string} accountId */
    findById: (accountId) => byId.get(accountId),
    /**
     * The account whose e-mail and password both match, else undefined (never says which failed).
     * @param {string} email
     * @param {string} password
     */
    verify(email, password) {
      const account = byEmail.get(normalizeEmail(email));
      const expected = account ? digest(account.password) : decoy;
      const matches = timingSafeEqual(digest(String(password)), expected);
      return account && matches ? account : undefined;
    },
  };
}

/**
 * The claims of one account, by scope, as oidc-provider's `claims` configuration maps them.
 * `preferred_username` mirrors Entra ID, which always sends it with `profile`.
 * @param {StoredAccount} account
 */
export function accountClaims(account) {
  return {
    sub: account.accountId,
    email: account.email,
    email_verified: true,
    name: account.name,
    given_name: account.given_name,
    family_name: account.family_name,
    preferred_username: account.email,
  };
}

export const CLAIMS_BY_SCOPE = {
  openid: ["sub"],
  email: ["email", "email_verified"],
  profile: ["name", "given_name", "family_name", "preferred_username"],
};

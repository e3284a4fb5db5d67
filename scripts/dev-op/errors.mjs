/**
 * The one error type of the development OpenID Provider. `code` is stable: tests and callers
 * branch on it, never on the message.
 *
 * Codes:
 * - DEV_OP_ACCOUNT_INVALID    an account lacks an e-mail, a password or a name
 * - DEV_OP_ACCOUNT_DUPLICATE  two accounts share one e-mail address
 * - DEV_OP_CLIENT_INVALID     a client lacks an id, a secret or a redirect URI
 * - DEV_OP_KEY_FILE_INVALID   the key file exists but holds no usable private signing JWKS
 * - DEV_OP_ROSTER_INVALID     the roster CSV cannot be read (header or syntax)
 */
export class DevOpError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {ErrorOptions} [options]
   */
  constructor(code, message, options) {
    super(message, options);
    this.name = "DevOpError";
    this.code = code;
  }
}

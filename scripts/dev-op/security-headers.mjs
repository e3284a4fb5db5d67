/**
 * Koa middleware (mounted with provider.use) that sets the OP's own strict headers on every
 * response, before the route runs: oidc-provider's auto-submitting form_post page (used by
 * log-out when no session is left) reads the policy and appends its script's hash to
 * script-src; the placeholder 'none' is then dropped so that hash is the only script allowed.
 * @param {string} csp
 */
export function securityHeaders(csp) {
  return async function setSecurityHeaders(
    /** @type {any} koa context */ ctx,
    /** @type {() => Promise<void>} */ next,
  ) {
    ctx.set("Content-Security-Policy", csp);
    ctx.set("X-Content-Type-Options", "nosniff");
    ctx.set("X-Frame-Options", "DENY");
    ctx.set("Referrer-Policy", "no-referrer");
    ctx.set("Cross-Origin-Opener-Policy", "same-origin");
    await next();
    const current = ctx.response.get("Content-Security-Policy");
    if (typeof current === "string" && /script-src 'none' 'sha256-/.test(current)) {
      ctx.set("Content-Security-Policy", current.replace("script-src 'none' ", "script-src "));
    }
  };
}

/** @type {Promise<any> | undefined} oidc-provider ships no types */
let loading;

/**
 * Imports oidc-provider once, without its "Unsupported runtime" warning: 9.x asks for Node 22
 * LTS but runs on Node 20 (measured: the whole code + PKCE flow works). The library offers no
 * switch for it, so only that one console.warn line is filtered while the module evaluates;
 * every other warning passes through.
 * @returns {Promise<any>} the module namespace ({ Provider, errors, … })
 */
export function loadOidcProvider() {
  loading ??= (async () => {
    const warn = console.warn;
    console.warn = (...args) => {
      if (typeof args[0] === "string" && args[0].includes("Unsupported runtime")) return;
      warn.apply(console, args);
    };
    try {
      return await import("oidc-provider");
    } finally {
      console.warn = warn;
    }
  })();
  return loading;
}

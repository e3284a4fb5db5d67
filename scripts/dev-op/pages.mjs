import { createHash } from "node:crypto";

/**
 * Server-rendered pages of the development OP: Spanish first, English second (smaller, lang="en"),
 * no script at all, no external resource. The one stylesheet is inline and allowed by its hash.
 */

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45;color:#1b1f24;background:#f3f5f8}
body{margin:0;padding:1.5rem 1rem}
main{max-width:26rem;margin:0 auto;background:#fff;border:1px solid #c9d1dc;border-radius:.5rem;padding:1.5rem}
h1{font-size:1.4rem;margin:0 0 .25rem}
.en{display:block;font-size:.85em;font-weight:normal;color:#4a5563}
.org{margin:0 0 1.25rem;color:#333d4a}
.dev-note{background:#fff4d6;border:1px solid #b78a00;border-radius:.375rem;padding:.6rem .75rem;margin:0 0 1.25rem;font-size:.95rem}
.error{background:#fde8e8;border:1px solid #b42318;color:#7a1710;border-radius:.375rem;padding:.6rem .75rem;margin:0 0 1rem}
.error p{margin:0}
label{display:block;font-weight:600;margin:1rem 0 .3rem}
input{box-sizing:border-box;width:100%;font:inherit;padding:.55rem .6rem;border:1px solid #6b7685;border-radius:.3rem}
input[aria-invalid=true]{border-color:#b42318}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
button{font:inherit;font-weight:600;margin-top:1.25rem;width:100%;padding:.6rem;border:0;border-radius:.3rem;background:#0b4fa0;color:#fff;cursor:pointer}
button .en{color:#dbe6f5}
button.secondary{background:#e6eaf0;color:#1b1f24}
button.secondary .en{color:#4a5563}
.cancel{margin-top:.5rem}
dl{font-size:.9rem}dt{font-weight:600}dd{margin:0 0 .5rem;word-break:break-word}
.meta{font-size:.85rem;color:#4a5563;margin-top:1.25rem}
`.trim();

const STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

/**
 * The Content-Security-Policy of every response. `form-action` must also list the relying
 * parties' origins: browsers apply it to the redirects that follow a form post (log-in → code
 * on the redirect URI, log-out → post-logout URI).
 * @param {Iterable<string>} formTargets origins the OP's forms may end up on
 */
export function contentSecurityPolicy(formTargets) {
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src ${STYLE_HASH}`,
    "img-src data:",
    `form-action 'self' ${[...new Set(formTargets)].join(" ")}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/** @param {unknown} value */
export function escapeHtml(value) {
  return String(value ?? "").replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );
}

const DEV_NOTE = `<p class="dev-note" role="note"><strong>Proveedor de identidad de desarrollo.</strong> Solo para pruebas locales: no ingrese contraseñas reales.<span class="en" lang="en">Development identity provider. For local testing only: do not enter real passwords.</span></p>`;

/**
 * @param {string} title
 * @param {string} main inner HTML of <main>
 */
function page(title, main) {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
${DEV_NOTE}
${main}
</main>
</body>
</html>
`;
}

export const LOGIN_TITLE = "Ingreso institucional — Ministerio de Educación (desarrollo)";

export const MESSAGES = {
  badCredentials: {
    es: "El correo o la contraseña no son correctos. Revise ambos datos e intente de nuevo.",
    en: "The e-mail or the password is not correct. Check both and try again.",
  },
  interactionLost: {
    es: "La solicitud de ingreso caducó o ya no es válida. Vuelva a la aplicación e ingrese de nuevo.",
    en: "The sign-in request expired or is no longer valid. Go back to the application and sign in again.",
  },
  internal: {
    es: "Error interno del proveedor de identidad de desarrollo. Vuelva a la aplicación e intente de nuevo.",
    en: "Internal error of the development identity provider. Go back to the application and try again.",
  },
  notFound: { es: "Esta página no existe.", en: "This page does not exist." },
  badRequest: {
    es: "La solicitud no se pudo leer. Vuelva a la aplicación e ingrese de nuevo.",
    en: "The request could not be read. Go back to the application and sign in again.",
  },
};

/**
 * @param {{ es: string, en: string }} message
 * @param {string} [id]
 */
function errorBox(message, id = "form-error") {
  return `<div class="error" id="${id}" role="alert"><p>${escapeHtml(message.es)}<span class="en" lang="en">${escapeHtml(message.en)}</span></p></div>`;
}

/**
 * The log-in form. On a failed attempt the same form comes back with one bilingual error,
 * linked to both fields by aria-describedby, the address kept and the password cleared.
 * @param {{ uid: string, client: string, email?: string, failed?: boolean }} input
 */
export function loginPage({ uid, client, email = "", failed = false }) {
  const described = failed ? ' aria-describedby="form-error" aria-invalid="true"' : "";
  const focusEmail = failed && !email ? " autofocus" : "";
  const focusPassword = failed && email ? " autofocus" : "";
  const action = `/interaction/${encodeURIComponent(uid)}`;
  return page(
    LOGIN_TITLE,
    `<h1>Ingreso institucional<span class="en" lang="en">Institutional sign-in</span></h1>
<p class="org">Ministerio de Educación (desarrollo)<span class="en" lang="en">Ministry of Education (development)</span></p>
${failed ? errorBox(MESSAGES.badCredentials) : ""}
<form method="post" action="${action}/login">
<label for="email">Correo institucional<span class="en" lang="en">Institutional e-mail</span></label>
<input id="email" name="email" type="email" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(email)}"${described}${focusEmail}>
<label for="password">Contraseña<span class="en" lang="en">Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required${described}${focusPassword}>
<button type="submit">Ingresar<span class="en" lang="en">Sign in</span></button>
</form>
<form method="post" action="${action}/abort" class="cancel">
<button type="submit" class="secondary">Cancelar<span class="en" lang="en">Cancel</span></button>
</form>
<p class="meta">Aplicación solicitante / <span lang="en">Requesting application</span>: <code>${escapeHtml(client)}</code></p>`,
  );
}

/**
 * A bilingual error page; `details` (protocol error code and description) are shown as they are.
 * @param {{ es: string, en: string }} message
 * @param {Record<string, unknown>} [details]
 */
export function errorPage(message, details = {}) {
  const rows = Object.entries(details)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => `<dt lang="en">${escapeHtml(key)}</dt><dd lang="en">${escapeHtml(value)}</dd>`)
    .join("");
  return page(
    "Error — Ingreso institucional (desarrollo)",
    `<h1>No se pudo continuar<span class="en" lang="en">Could not continue</span></h1>
${errorBox(message)}
${rows ? `<dl>${rows}</dl>` : ""}`,
  );
}

/**
 * oidc-provider's log-out confirmation; `form` is its hidden form (id "op.logoutForm", xsrf field).
 * @param {string} form
 */
export function logoutPage(form) {
  return page(
    "Cerrar sesión — Ingreso institucional (desarrollo)",
    `<h1>¿Cerrar sesión?<span class="en" lang="en">Sign out?</span></h1>
<p>Se cerrará su sesión en el proveedor de identidad de desarrollo.<span class="en" lang="en">You will be signed out of the development identity provider.</span></p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sí, cerrar sesión<span class="en" lang="en">Yes, sign out</span></button>
<button type="submit" form="op.logoutForm" class="secondary">No, mantener la sesión<span class="en" lang="en">No, stay signed in</span></button>`,
  );
}

export function logoutSuccessPage() {
  return page(
    "Sesión cerrada — Ingreso institucional (desarrollo)",
    `<h1>Sesión cerrada<span class="en" lang="en">Signed out</span></h1>
<p>Ya puede cerrar esta ventana.<span class="en" lang="en">You can close this window now.</span></p>`,
  );
}

/** @param {string} issuer */
export function homePage(issuer) {
  const discovery = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  return page(
    "Proveedor de identidad de desarrollo",
    `<h1>Proveedor de identidad de desarrollo<span class="en" lang="en">Development identity provider</span></h1>
<p>Emisor / <span lang="en">Issuer</span>: <code>${escapeHtml(issuer)}</code></p>
<p><a href="${escapeHtml(discovery)}">Configuración OpenID / <span lang="en">OpenID configuration</span></a></p>`,
  );
}

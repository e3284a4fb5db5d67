// Logs in to the app over plain HTTP, as a browser would: /auth/login → the dev OpenID Provider's
// form → /auth/callback. Returns the session cookie ("name=value"). For benchmarks and scripts;
// the browser tests log in through the real pages.

function keep(jar, res) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    if (i > 0) jar.set(pair.slice(0, i).trim(), pair.slice(i + 1));
  }
}
const header = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/**
 * Signs in at the identity provider as a browser would: follows its redirects to the log-in form,
 * posts the e-mail and password, and follows on until the provider sends the browser to a URL
 * starting with `callbackPrefix` (the app's /auth/callback). Returns that URL.
 */
export async function signInAtOp(authorizationUrl, callbackPrefix, email, password) {
  const op = new Map();
  let url = authorizationUrl;
  let res;
  for (let i = 0; i < 10; i++) {
    res = await fetch(url, { redirect: "manual", headers: { Cookie: header(op) } });
    keep(op, res);
    if (res.status < 300 || res.status >= 400) break;
    url = new URL(res.headers.get("location"), url).href;
  }
  const html = await res.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no log-in form at ${url}`);
  url = new URL(action.replaceAll("&amp;", "&"), url).href;
  res = await fetch(url, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: header(op), "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
  });
  for (let i = 0; i < 10; i++) {
    keep(op, res);
    const location = res.headers.get("location");
    if (!location) throw new Error(`log-in for ${email} stopped at ${url} (${res.status})`);
    url = new URL(location, url).href;
    if (url.startsWith(callbackPrefix)) return url;
    res = await fetch(url, { redirect: "manual", headers: { Cookie: header(op) } });
  }
  throw new Error(`log-in for ${email}: too many redirects`);
}

/** A whole log-in against the app at `baseUrl`; returns the session cookie ("name=value"). */
export async function httpLogin(baseUrl, email, password) {
  const app = new Map();
  const start = await fetch(`${baseUrl}/auth/login`, { redirect: "manual" });
  keep(app, start);
  const url = await signInAtOp(start.headers.get("location"), `${baseUrl}/auth/callback`, email, password);
  const callback = await fetch(url, { redirect: "manual", headers: { Cookie: header(app) } });
  keep(app, callback);
  const session = app.get("__Host-cdd_session");
  if (!session)
    throw new Error(`no session for ${email}: ${callback.status} ${callback.headers.get("location")}`);
  return `__Host-cdd_session=${session}`;
}

/** Added to the address the identity provider sends the browser back to: "just logged in". */
export const LOGGED_IN_PARAM = "sesion";

/** Where the browser goes to log in; it comes back to "/?sesion=iniciada" (or `/?login_error=…`). */
export function loginUrl(): string {
  return `/auth/login?return=${encodeURIComponent(`/?${LOGGED_IN_PARAM}=iniciada`)}`;
}

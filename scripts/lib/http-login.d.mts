/** Signs in at the dev identity provider; returns the URL it sends the browser back to. */
export function signInAtOp(
  authorizationUrl: string,
  callbackPrefix: string,
  email: string,
  password: string,
): Promise<string>;
/** A whole log-in against the app; returns the session cookie ("name=value"). */
export function httpLogin(baseUrl: string, email: string, password: string): Promise<string>;

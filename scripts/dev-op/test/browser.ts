/**
 * A tiny browser for the tests: one cookie jar, redirects followed by hand (fetch with
 * redirect: "manual"), so each hop's status, headers and cookies can be asserted.
 * Cookie paths and expiry are honoured closely enough for one OP origin: a cookie is dropped
 * when the server expires it, and every live cookie is sent (sending an extra one is harmless).
 */
export class Browser {
  readonly #cookies = new Map<string, string>();

  get cookieNames(): string[] {
    return [...this.#cookies.keys()];
  }

  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (!headers.has("accept")) headers.set("accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    if (this.#cookies.size > 0) {
      headers.set("cookie", [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    this.#store(response);
    return response;
  }

  /**
   * GETs `url` and follows redirects while they stay on `within` (the OP's origin); returns the
   * last response and its URL — a page of the OP, or a redirect leaving it (to the app).
   */
  async navigate(url: string | URL, within: string): Promise<{ response: Response; url: URL }> {
    return this.follow(await this.request(url), new URL(url), within);
  }

  async follow(first: Response, firstUrl: URL, within: string): Promise<{ response: Response; url: URL }> {
    let response = first;
    let url = firstUrl;
    for (let hops = 0; hops < 10; hops += 1) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) return { response, url };
      const next = new URL(location, url);
      if (next.origin !== new URL(within).origin) return { response, url };
      await response.body?.cancel();
      url = next;
      response = await this.request(next);
    }
    throw new Error("too many redirects");
  }

  /** POSTs an HTML form (urlencoded) like a browser, then follows redirects on the OP. */
  async submit(action: URL, fields: Record<string, string>, within: string) {
    const response = await this.request(action, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
    });
    return this.follow(response, action, within);
  }

  #store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const equals = pair.indexOf("=");
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      const expires = attributes.find((a) => /^expires=/i.test(a))?.slice("expires=".length);
      const maxAge = attributes.find((a) => /^max-age=/i.test(a))?.slice("max-age=".length);
      const expired =
        value === "" ||
        (maxAge !== undefined && Number(maxAge) <= 0) ||
        (expires !== undefined && Date.parse(expires) <= Date.now());
      if (expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }
}

/** The value of the first `<input name=…>` in `html`, decoded from the few HTML entities used. */
export function inputValue(html: string, name: string): string | undefined {
  const tag = html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0];
  const raw = tag?.match(/value="([^"]*)"/)?.[1];
  return raw
    ?.replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/** Every hidden input of `html`, name → value. */
export function hiddenInputs(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = tag.match(/name="([^"]*)"/)?.[1];
    if (name) fields[name] = inputValue(tag, name) ?? "";
  }
  return fields;
}

/** The `action` of the form with the given id, or of the first form. */
export function formAction(html: string, id?: string): string | undefined {
  const tag = id ? html.match(new RegExp(`<form[^>]*id="${id}"[^>]*>`))?.[0] : html.match(/<form[^>]*>/)?.[0];
  return tag?.match(/action="([^"]*)"/)?.[1]?.replaceAll("&amp;", "&");
}

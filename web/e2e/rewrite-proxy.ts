import { createServer, type IncomingHttpHeaders, request } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback HTTP proxy in front of the app under test that can rewrite chosen responses.
 * Playwright cannot route a service worker's own script fetch, so this is how a test
 * "publishes a new version" of /sw.js against any server (static or `wrangler dev`).
 */
export interface RewriteProxy {
  /** The proxy's origin (a different origin from the target: its own service worker). */
  readonly url: string;
  /** Rewrite the body of responses for `pathname` (undefined: pass through untouched). */
  rewrite(pathname: string, transform: ((body: Buffer) => Buffer) | undefined): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = ["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection"];

export async function startRewriteProxy(target: string): Promise<RewriteProxy> {
  const upstream = new URL(target);
  const rewrites = new Map<string, (body: Buffer) => Buffer>();
  let ownOrigin = "";

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://proxy").pathname;
    const transform = rewrites.get(path);
    const headers: IncomingHttpHeaders = { ...req.headers, host: upstream.host };
    for (const name of HOP_BY_HOP) delete headers[name];
    // Same-origin writes through the proxy stay same-origin for the app's CSRF (Origin) check.
    if (headers.origin === ownOrigin) headers.origin = upstream.origin;
    if (typeof headers.referer === "string" && headers.referer.startsWith(`${ownOrigin}/`)) {
      headers.referer = upstream.origin + headers.referer.slice(ownOrigin.length);
    }
    if (transform) {
      // Always fetch the full body so it can be rewritten (no 304, no compression).
      delete headers["if-none-match"];
      delete headers["if-modified-since"];
      headers["accept-encoding"] = "identity";
    }
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (upRes) => {
        const outHeaders = { ...upRes.headers };
        for (const name of HOP_BY_HOP) delete outHeaders[name];
        if (!transform || (upRes.statusCode ?? 500) !== 200) {
          res.writeHead(upRes.statusCode ?? 502, outHeaders);
          upRes.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        upRes.on("data", (chunk: Buffer) => chunks.push(chunk));
        upRes.on("end", () => {
          const body = transform(Buffer.concat(chunks));
          delete outHeaders.etag;
          delete outHeaders["last-modified"];
          outHeaders["content-length"] = String(body.length);
          res.writeHead(200, outHeaders).end(body);
        });
        upRes.on("error", () => res.destroy());
      },
    );
    forward.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("bad gateway");
    });
    req.pipe(forward);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  ownOrigin = `http://127.0.0.1:${port}`;
  return {
    url: ownOrigin,
    rewrite(pathname, transform) {
      if (transform) rewrites.set(pathname, transform);
      else rewrites.delete(pathname);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

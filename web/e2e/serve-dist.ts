import { readFile, stat } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { type HeaderRule, headersFor, parseHeadersFile } from "./headers-file.ts";

/**
 * A throw-away static server for web/dist on 127.0.0.1, for fast local browser runs without
 * the Worker. It mimics the parts of Workers Static Assets the PWA relies on:
 * `/verificar` → verificar.html, `/x.html` and `/x/` → 307 to `/x`, unknown paths → index.html
 * (single-page-application), `_headers` applied, default `Cache-Control: public, max-age=0,
 * must-revalidate`. `/api/*` answers 404: there is no API here.
 */
export interface DistServer {
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

export async function serveDist(dir: string, port = 0): Promise<DistServer> {
  const root = resolve(dir);
  const rules: HeaderRule[] = await readFile(join(root, "_headers"), "utf8")
    .then(parseHeadersFile)
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    });

  const fileFor = async (pathname: string): Promise<string | null> => {
    const candidate = normalize(join(root, decodeURIComponent(pathname)));
    if (candidate !== root && !candidate.startsWith(root + sep)) return null;
    const info = await stat(candidate).catch(() => null);
    return info?.isFile() ? candidate : null;
  };

  const send = async (res: ServerResponse, method: string, pathname: string, file: string, status = 200) => {
    const body = await readFile(file);
    const headers = headersFor(rules, pathname);
    res.statusCode = status;
    res.setHeader("content-type", TYPES[extname(file)] ?? "application/octet-stream");
    res.setHeader("cache-control", "public, max-age=0, must-revalidate");
    for (const [name, value] of headers) res.setHeader(name, value);
    res.setHeader("content-length", body.length);
    res.end(method === "HEAD" ? undefined : body);
  };

  const redirect = (res: ServerResponse, location: string) => {
    res.writeHead(307, { location, "cache-control": "no-store" }).end();
  };

  const server = createServer((req, res) => {
    const handle = async () => {
      const method = req.method ?? "GET";
      const url = new URL(req.url ?? "/", "http://local");
      const path = url.pathname;
      if (method !== "GET" && method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      if (path.startsWith("/api/") || path.startsWith("/.well-known/")) {
        res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not_found"}');
        return;
      }
      if (path !== "/" && path.endsWith("/index.html"))
        return redirect(res, path.slice(0, -"index.html".length) + url.search);
      if (path.endsWith(".html")) return redirect(res, path.slice(0, -".html".length) + url.search);
      if (path.length > 1 && path.endsWith("/")) {
        const clean = path.slice(0, -1);
        if (await fileFor(`${clean}.html`)) return redirect(res, clean + url.search);
      }
      const direct = path === "/" ? await fileFor("/index.html") : await fileFor(path);
      if (direct) return send(res, method, path, direct);
      const html = await fileFor(`${path}.html`);
      if (html) return send(res, method, path, html);
      const index = await fileFor("/index.html");
      if (index && !extname(path)) return send(res, method, path, index);
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

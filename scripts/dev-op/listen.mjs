import { lookup } from "node:dns/promises";
import { createServer } from "node:http";
import { isIP } from "node:net";

const UNAVAILABLE = new Set(["EADDRNOTAVAIL", "EAFNOSUPPORT"]);

/**
 * Listens on every address `host` resolves to, on one port. "localhost" may resolve to both
 * 127.0.0.1 and ::1 and clients pick either (Node ≥ 17 keeps the resolver's order), so one
 * socket on one of them gives intermittent ECONNREFUSED. With port 0 the first socket picks
 * the port and the others follow it (retried if that port is taken on another address).
 * @param {import("node:http").RequestListener} listener
 * @param {string} host
 * @param {number} port
 * @returns {Promise<{ port: number, close(): Promise<void> }>}
 */
export async function listenOnHost(listener, host, port) {
  const addresses = isIP(host)
    ? [host]
    : [...new Set((await lookup(host, { all: true })).map(({ address }) => address))];
  for (let attempt = 0; ; attempt += 1) {
    /** @type {import("node:http").Server[]} */
    const servers = [];
    try {
      /** @type {unknown} */
      let skipped;
      for (const address of addresses) {
        const chosen = servers[0] ? portOf(servers[0]) : port;
        try {
          servers.push(await listenOne(listener, address, chosen));
        } catch (error) {
          // An address family the machine lacks (no IPv6): serve on the others.
          if (!UNAVAILABLE.has(/** @type {NodeJS.ErrnoException} */ (error).code ?? "")) throw error;
          skipped = error;
        }
      }
      const [first] = servers;
      if (!first) throw skipped;
      return { port: portOf(first), close: () => closeAll(servers) };
    } catch (error) {
      await closeAll(servers);
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (port !== 0 || code !== "EADDRINUSE" || attempt >= 4) throw error;
    }
  }
}

/** @param {import("node:http").Server} server */
function portOf(server) {
  return /** @type {import("node:net").AddressInfo} */ (server.address()).port;
}

/**
 * @param {import("node:http").RequestListener} listener
 * @param {string} address
 * @param {number} port
 * @returns {Promise<import("node:http").Server>}
 */
function listenOne(listener, address, port) {
  return new Promise((resolve, reject) => {
    const server = createServer(listener);
    server.once("error", reject);
    server.listen({ host: address, port, ipv6Only: isIP(address) === 6 }, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

/** @param {import("node:http").Server[]} servers */
async function closeAll(servers) {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise((resolve) => {
          server.close(() => resolve(undefined));
          server.closeAllConnections();
        }),
    ),
  );
}

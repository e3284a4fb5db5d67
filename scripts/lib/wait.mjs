// Waits for a local server: polls `url` until it answers 2xx, or gives up after `ms`. With
// `child`, stops at once if that process has exited. Node built-ins only (npm start loads it
// before dependencies are installed).
export async function waitForUrl(url, ms, child) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child !== undefined && child.exitCode !== null) {
      throw new Error(`the process serving ${url} exited (${child.exitCode}) before it answered`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

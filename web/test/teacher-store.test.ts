import { afterEach, describe, expect, test } from "vitest";
import { type Opener, readDeviceKey, saveCard, setOpenerForTests } from "../src/data/card-store";

/** A stand-in connection whose first `failures` calls fail with `error`. */
function flakyDb(values: Map<string, unknown>, failures: { count: number; error: () => Error }) {
  let closed = false;
  const maybeFail = () => {
    if (failures.count > 0) {
      failures.count -= 1;
      throw failures.error();
    }
  };
  return {
    get: async (store: string, key: string) => {
      maybeFail();
      return values.get(`${store}/${key}`);
    },
    put: async (store: string, value: unknown, key: string) => {
      maybeFail();
      values.set(`${store}/${key}`, value);
    },
    close: () => {
      closed = true;
    },
    get closed() {
      return closed;
    },
  };
}

afterEach(() => setOpenerForTests(undefined));

describe("card store: a broken IndexedDB connection is reopened once", () => {
  test("an InvalidStateError (connection closed by the browser) reopens and retries", async () => {
    const values = new Map<string, unknown>([["device/current", { k: "AAAA" }]]);
    const failures = {
      count: 1,
      error: () => new DOMException("The database connection is closing.", "InvalidStateError"),
    };
    const opened: Array<ReturnType<typeof flakyDb>> = [];
    setOpenerForTests((async () => {
      const db = flakyDb(values, failures);
      opened.push(db);
      return db;
    }) as unknown as Opener);
    expect(await readDeviceKey()).toEqual({ k: "AAAA" });
    expect(opened).toHaveLength(2);
    expect(opened[0]?.closed).toBe(true);
    // The new connection is kept for later operations.
    expect(await readDeviceKey()).toEqual({ k: "AAAA" });
    expect(opened).toHaveLength(2);
  });

  test("a data error is not retried", async () => {
    const failures = { count: 1, error: () => new DOMException("cannot clone", "DataCloneError") };
    let opens = 0;
    setOpenerForTests((async () => {
      opens += 1;
      return flakyDb(new Map(), failures);
    }) as unknown as Opener);
    await expect(
      saveCard({ jws: "x", cardId: "y", display: {} as never, storedAt: 0 }),
    ).rejects.toMatchObject({ name: "DataCloneError" });
    expect(opens).toBe(1);
  });

  test("a second failure in a row is reported, not hidden", async () => {
    const failures = { count: 2, error: () => new DOMException("gone", "UnknownError") };
    setOpenerForTests((async () => flakyDb(new Map(), failures)) as unknown as Opener);
    await expect(readDeviceKey()).rejects.toMatchObject({ name: "UnknownError" });
  });

  test("a failed open is retried, and never cached", async () => {
    let opens = 0;
    setOpenerForTests((async () => {
      opens += 1;
      if (opens <= 3) throw new DOMException("blocked", "AbortError");
      return flakyDb(new Map([["device/current", 1]]), { count: 0, error: () => new Error() });
    }) as unknown as Opener);
    await expect(readDeviceKey()).rejects.toMatchObject({ name: "AbortError" }); // opens 1 and 2
    expect(opens).toBe(2);
    expect(await readDeviceKey()).toBe(1); // opens 3 (fails) and 4
    expect(opens).toBe(4);
  });
});

import type { Opener } from "../src/data/card-store";

/**
 * An in-memory stand-in for the teacher's IndexedDB database (jsdom has no IndexedDB): the
 * subset of idb's API that web/src/data/card-store.ts uses, over one Map per store.
 */
export function memoryDb() {
  const stores = new Map<string, Map<string, unknown>>();
  const store = (name: string) => {
    let map = stores.get(name);
    if (map === undefined) {
      map = new Map();
      stores.set(name, map);
    }
    const target = map;
    return {
      get: async (key: string) => target.get(key),
      put: async (value: unknown, key: string) => {
        target.set(key, value);
      },
      clear: async () => target.clear(),
    };
  };
  const db = {
    get: (name: string, key: string) => store(name).get(key),
    put: (name: string, value: unknown, key: string) => store(name).put(value, key),
    transaction: (names: string | string[]) => {
      const first = Array.isArray(names) ? (names[0] as string) : names;
      return { objectStore: store, store: store(first), done: Promise.resolve() };
    },
    close: () => undefined,
  };
  return {
    opener: (async () => db) as unknown as Opener,
    /** What is stored now, for assertions. */
    contents: (name: string) => new Map(stores.get(name) ?? []),
    put: (name: string, key: string, value: unknown) => store(name).put(value, key),
  };
}
